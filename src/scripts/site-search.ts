/**
 * Site search on /search/, with the Pagefind index built at build time and served
 * from this site (/pagefind/). The form also works as a plain GET: /search/?q=hip
 * runs the search on load, so results can be linked to and the back button works.
 */
import { RESULTS_SHOWN, searchStatus, type SearchWords } from '../lib/routes/search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
// The page's own words, in its language (search.astro puts them on the status line).
const words = JSON.parse(statusLine?.dataset['words'] ?? '{}') as SearchWords;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // The path is a runtime URL, not a module for the bundler to resolve.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

function show(message: string): void {
  if (statusLine) statusLine.textContent = message;
}

async function run(query: string): Promise<void> {
  if (!list) return;
  list.replaceChildren();
  const q = query.trim();
  if (!q) {
    show('');
    return;
  }
  show(words.searching);
  try {
    const engine = await loadPagefind();
    const found = await engine.search(q);
    const results = await Promise.all(found.results.slice(0, RESULTS_SHOWN).map((r) => r.data()));
    for (const result of results) {
      const item = document.createElement('li');
      item.className = 'rounded-xl border border-brand-100 p-4';
      const link = document.createElement('a');
      link.href = result.url;
      link.className = 'font-serif text-lg font-semibold text-brand-800 underline underline-offset-4';
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'mt-1 text-ink-muted';
      // Pagefind escapes the page text and adds only <mark> around matches.
      excerpt.innerHTML = result.excerpt;
      item.append(link, excerpt);
      list.append(item);
    }
    show(searchStatus(words, q, found.results.length, results.length));
  } catch {
    show(words.unavailable);
  }
}

if (form && input) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

