/** /<code>/og/…: the sharing images of each of the clinic's other languages, drawn with that language's words. */
import { inOtherLanguages } from '../../../data/site';
import { getStaticPaths as inFirstLanguage } from '../../og/[...image].png';

export { GET } from '../../og/[...image].png';
export const getStaticPaths = inOtherLanguages(inFirstLanguage);
