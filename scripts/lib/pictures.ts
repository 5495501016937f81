/**
 * Pictures load and decode after the load event (lazy ones when they come near, each
 * decoded apart); a look at the page before that sees their empty boxes. Run in the
 * page: waits for those on screen (with `wholePage`, every one: lazy ones are asked for
 * at once, as a reader scrolling down would) to be decoded, at most 5 s, and for two
 * frames to be painted. Plain JavaScript once its types are stripped, so that a
 * WebDriver session can run its text as well (picturesPaintedScript).
 */
export async function picturesPainted(wholePage: boolean): Promise<true> {
  if (wholePage) for (const i of document.querySelectorAll('img[loading="lazy"]')) (i as HTMLImageElement).loading = 'eager';
  const onScreen = [...document.images].filter((i) => wholePage || i.getBoundingClientRect().top < innerHeight);
  const ready = onScreen.map((i) =>
    (i.complete ? Promise.resolve() : new Promise((r) => { i.addEventListener('load', r, { once: true }); i.addEventListener('error', r, { once: true }); })).then(() => i.decode().catch(() => undefined)),
  );
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await Promise.race([Promise.all(ready), new Promise((r) => setTimeout(r, 5000))]);
  await frames();
  return true;
}

/** The same, as a WebDriver script's body (its one argument: wholePage). */
export const picturesPaintedScript = `return (${picturesPainted.toString()})(arguments[0]);`;
