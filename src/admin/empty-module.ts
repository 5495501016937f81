// Stands in for the editor's code-highlighting grammars and themes (242 of them):
// health articles have no code blocks, and each would be one more file to ship.
export default [];
