/**
 * `npm run new:article -- "Title of the article"`: starts a new article as a
 * draft in content/articles/<address>.mdx, with every field filled in or marked
 * for you to fill. It never overwrites a file that is already there.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { calendarDateAt } from '../src/lib/time/dates.ts';
import { isParked } from '../src/lib/content/preflight.ts';
import { articleFileFor, newArticleText } from './lib/new-article.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the article a title: npm run new:article -- "Knee Pain After Running: What Helps"');
  process.exit(2);
}

const dir = join(process.cwd(), 'content', 'articles');
const names = (folder: string) =>
  readdirSync(join(process.cwd(), 'content', folder))
    .filter((f) => /\.(md|mdx)$/.test(f) && !isParked(f))
    .map((f) => f.replace(/\.(md|mdx)$/, ''))
    .sort();

let file: string;
try {
  file = articleFileFor(title);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const path = join(dir, file);
const sameAddress = readdirSync(dir).find((f) => f.replace(/\.(md|mdx)$/, '') === file.replace(/\.mdx$/, ''));
if (existsSync(path) || sameAddress) {
  console.error(`content/articles/${sameAddress ?? file} already exists: nothing was written. Choose another title, or edit that file.`);
  process.exit(1);
}

// Today in the clinic's time zone: late in the evening it is already tomorrow in UTC.
const { timeZone } = parse(readFileSync(join(process.cwd(), 'content', 'clinic.yaml'), 'utf8')) as { timeZone: string };
const today = calendarDateAt(new Date(), timeZone);
writeFileSync(path, newArticleText({ title, today, therapists: names('therapists'), services: names('services'), topics: names('topics') }), { flag: 'wx' });
console.log(`Created content/articles/${file} as a draft.`);
console.log(`Authors (author, reviewer): ${names('therapists').join(', ')}`);
console.log(`Topics: ${names('topics').join(', ')}`);
console.log(`Services (the first is the booking box after the article): ${names('services').join(', ')}`);
console.log('Next: fill in the fields marked TODO, write the article, and preview it with `npm run dev`.');
console.log('When it is ready, set draft: false (and check publishedDate), then build.');
