/** /<code>/rss.xml: the articles of each of the clinic's other languages, in that language. */
import { getSite, inOtherLanguages } from '../../data/site';

export { GET } from '../rss.xml';
export const getStaticPaths = inOtherLanguages(async () => [{ params: {}, cacheKey: (await getSite()).cacheKey }]);
