import { reservedPageSegments } from '../../src/lib/routes/urls';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderPattern, isParked, layoutProblems, mdxProblems, missingPictures, splitSource, yamlProblems } from '../../src/lib/content/preflight';

const F = 'content/articles/a.mdx';
const messages = (problems: Array<{ field: string; message: string }>) => problems.map((p) => `${p.field}: ${p.message}`);

describe('splitSource', () => {
  it('finds the frontmatter and the line the body starts on', () => {
    expect(splitSource('---\ntitle: A\ndate: 2026-01-01\n---\n\nBody\n')).toEqual({ frontmatter: 'title: A\ndate: 2026-01-01\n', frontmatterLine: 2, body: '\nBody\n', bodyLine: 5 });
    expect(splitSource('No frontmatter')).toEqual({ frontmatter: '', frontmatterLine: 1, body: 'No frontmatter', bodyLine: 1 });
  });
});

describe('yamlProblems', () => {
  it('accepts plain values, quoted values with # or :, flow lists with a comment, and full-line comments', () => {
    expect(yamlProblems(F, '# a note\ntitle: "Knee pain: #1 tip" # fine\ntopics: [a, b] # fine\nref: 21\nlat: 49.28270\n')).toEqual([]);
  });
  it('says to quote a value with ": " in it, naming the file line', () => {
    expect(messages(yamlProblems(F, 'draft: true\ntitle: Knee pain: what helps\n', 2))).toEqual([
      'line 3: the value has ": " in it, which YAML reads as a new field: put the whole value in quotes, e.g. title: "Knee pain: what helps"',
    ]);
  });
  it('catches a value cut short by " #", which YAML would drop silently', () => {
    expect(messages(yamlProblems(F, 'title: Knee pain #1 tips\n'))).toEqual([
      'line 1: "#1 tips" is read as a comment and dropped, keeping only "Knee pain": if it is part of the value, put the whole value in quotes, e.g. "Knee pain #1 tips"; if it is a note, delete it',
    ]);
  });
  it('catches numbers that would change: a leading zero, too many digits', () => {
    expect(messages(yamlProblems(F, 'a: 007\nb: "007"\nc: 12345678901234567890\n'))).toEqual([
      'line 1: 007 is read as the number 7, losing its leading zero: put it in quotes, "007"',
      'line 3: 12345678901234567890 is too long to be read as a number without changing it: put it in quotes, "12345678901234567890"',
    ]);
  });
  it('names a field written twice', () => {
    expect(messages(yamlProblems(F, 'title: A\ntitle: B\n'))).toEqual(['line 2: "title" is written twice: keep one of them']);
  });
});

describe('missingPictures', () => {
  // The pictures there are, by path from content/therapists/.
  const there = new Set(['images/ada.jpg']);
  const existsFrom = (folder: string) => (relative: string) => there.has(posix.join(folder, relative));
  const front = 'name: Ada\nphoto:\n  src: ./images/ada.jpg\n  alt: Ada at the clinic\n';

  it('finds nothing when every picture named is there, or none is named', () => {
    expect(missingPictures('content/therapists/ada.md', front, 2, existsFrom(''))).toEqual([]);
    expect(missingPictures('content/therapists/ada.md', 'name: Ada\nnote: ./not-a-picture.txt\n', 2, existsFrom(''))).toEqual([]);
  });
  it('names the field and its line in the file, and what to do', () => {
    const problems = missingPictures('content/therapists/ada.md', front.replace('ada.jpg', 'ada-2.jpg'), 2, existsFrom(''));
    expect(problems).toEqual([{ file: 'content/therapists/ada.md', field: 'photo.src (line 4)', message: 'names ./images/ada-2.jpg, which is not there; put the picture there, or write the name of the one that is' }]);
  });
  it('in a translation, finds the first language’s picture written as there (as the editor copies it) or from its own folder', () => {
    expect(missingPictures('content/therapists/fr/ada.md', front, 2, existsFrom('fr'))).toEqual([]);
    expect(missingPictures('content/therapists/fr/ada.md', front.replace('./images', '../images'), 2, existsFrom('fr'))).toEqual([]);
    // Neither: named as missing.
    expect(missingPictures('content/therapists/fr/ada.md', front.replace('ada.jpg', 'ada-2.jpg'), 2, existsFrom('fr')).map((p) => p.field)).toEqual(['photo.src (line 4)']);
    // Not a translation: only its own folder counts.
    expect(missingPictures('content/therapists/ada.md', front.replace('./images', './fr/images'), 2, existsFrom('')).map((p) => p.field)).toEqual(['photo.src (line 4)']);
  });
});

describe('mdxProblems', () => {
  const lint = (body: string) => messages(mdxProblems(F, body, 10));

  it('accepts what the site’s articles use: Markdown, self-closed components over several lines, closed HTML, MDX comments, escapes, code', () => {
    const body = [
      'Text with **bold**, a [link](/services/) and an e-mail hello@clinic.example.',
      '<BookingCTA service="x" />',
      '<BookingCTA',
      '  service="y"',
      '/>',
      '<abbr title="Registered Massage Therapist">RMT</abbr> and a line<br />break.',
      '{/* a note */} Braces shown as \\{ and \\}, and less than as \\< or &lt;.',
      'Inline `if (a < b) { x }` code.',
      '```js',
      'const o = { a: 1 } < 2;',
      '<!-- not a comment in code -->',
      '```',
    ].join('\n');
    expect(lint(body)).toEqual([]);
  });
  it('names each sharp edge with its line in the file and what to write instead', () => {
    const body = ['intro', 'Fewer than < 5 minutes.', 'Braces {here}.', '<!-- note -->', 'a<br>b', '<strong>open', '<Callout />', '<BookingCTA service="x">', '<https://a.example/x>'].join('\n');
    expect(lint(body)).toEqual([
      'line 11: a < on its own starts a tag in MDX: write "less than" or &lt; instead',
      'line 12: a { runs code in MDX: write \\{ to show the character itself, or use ( ) instead; for a note to yourself write {/* note */}',
      'line 12: a } runs code in MDX: write \\} to show the character itself, or use ( ) instead; for a note to yourself write {/* note */}',
      'line 13: HTML comments <!-- --> do not work in MDX: write {/* your note */} instead, or delete it',
      'line 14: write <br /> with a slash before the > (MDX needs it), or end the line with a backslash \\ for a line break',
      'line 15: <strong> is never closed: add </strong> where it ends, or write **bold** instead',
      'line 16: <Callout> is not a component this site has: the ones articles can use are <BookingCTA … />',
      'line 17: a component needs a slash before its >: write <BookingCTA service="x" />',
      'line 18: <https://a.example/x> is not a link in MDX: write [https://a.example/x](https://a.example/x) instead',
    ]);
  });
  it('pairs nested tags, and reports a closing tag with no opening', () => {
    expect(lint('<div><em>a</em></div>')).toEqual([]);
    expect(lint('<div><em>a</div>')).toEqual(['line 10: <em> is never closed: add </em> where it ends, or write *italics* instead']);
    expect(lint('a</em>')).toEqual(['line 10: </em> closes a tag that was never opened: delete it, or add <em> where it starts']);
  });
});

describe('content folders', () => {
  const reserved = new Set(['services', 'articles']);
  it('reads flat folders and their language folders (pages may have sub-folders), never parked files', () => {
    expect(folderPattern('articles')).toEqual(['*.{mdx,md}', '{en,fr}/*.{mdx,md}', '!**/_*', '!**/_*/**']);
    expect(folderPattern('pages')).toEqual(['**/*.md', '!**/_*', '!**/_*/**']);
    expect(isParked('articles/_idea.mdx')).toBe(true);
    expect(isParked('articles/_drafts/idea.mdx')).toBe(true);
    expect(isParked('articles/idea.mdx')).toBe(false);
  });
  it('accepts a language’s folder in every collection (a translation, content/articles/fr/x.mdx), and no other sub-folder', () => {
    expect(layoutProblems(['articles/fr/a.mdx', 'services/fr/s.md', 'pages/fr/about.md', 'pages/fr/policies/x.md'], reserved)).toEqual([]);
    expect(layoutProblems(['articles/drafts/a.mdx'], reserved).map((p) => p.file)).toEqual(['content/articles/drafts/a.mdx']);
    expect(layoutProblems(['articles/fr/deeper/a.mdx'], reserved).map((p) => p.file)).toEqual(['content/articles/fr/deeper/a.mdx']);
    // A page named after a language would take that language's address.
    expect(layoutProblems(['pages/fr.md'], reservedPageSegments()).map((p) => p.message)).toEqual([expect.stringContaining("its address /fr/ is already one of the site's own pages")]);
  });
  it('reads clinic.yaml’s pictures beside it, in images/, and nothing else there', () => {
    expect(layoutProblems(['clinic.yaml', 'images/logo.svg', 'images/room.jpg'], reserved)).toEqual([]);
    expect(layoutProblems(['images/notes.txt'], reserved).map((p) => p.message)).toEqual([expect.stringContaining('the site does not read the folder content/images/')]);
  });
  it('accepts the layout the site reads', () => {
    expect(layoutProblems(['clinic.yaml', 'articles/a.mdx', 'articles/b.md', 'articles/images/hero.jpg', 'pages/policies/x.md', 'articles/_parked/x.txt', '.DS_Store'], reserved)).toEqual([]);
  });
  it('refuses files the site would not read or would publish over another, naming each', () => {
    const problems = layoutProblems(
      ['clinic.yml', 'blog/a.md', 'articles/2026/a.mdx', 'services/x.mdx', 'articles/notes.txt', 'pages/services.md', 'articles/2.mdx', 'articles/Knee.mdx', 'articles/knee.md'],
      reserved,
    );
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/clinic.yml: the site does not read this file: content/ holds clinic.yaml, its pictures in images/, and the folders articles, locations, services, therapists, topics, testimonials, pages',
      'content/blog/a.md: the site does not read the folder content/blog/: content/ holds clinic.yaml, its pictures in images/, and the folders articles, locations, services, therapists, topics, testimonials, pages',
      'content/articles/2026/a.mdx: articles are read from content/articles/ itself, not from sub-folders: move it to content/articles/a.mdx (or start the folder’s name with _ to park it)',
      'content/services/x.mdx: services are .md files, so this one is not read: rename it to x.md',
      'content/articles/notes.txt: articles are .mdx or .md files, so this one is not read: rename it to notes.mdx',
      "content/pages/services.md: its address /services/ is already one of the site's own pages: choose another file name",
      'content/articles/2.mdx: its address /articles/2/ is a page of the article list: give the file a name with words in it',
      'content/articles/knee.md: has the same address "knee" as content/articles/Knee.mdx; rename one of them (only one can be published)',
    ]);
  });
});
