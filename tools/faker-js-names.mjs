// SPDX-License-Identifier: MIT
// Prints the given and family names of every locale of @faker-js/faker (MIT) as JSON — {"version": "…",
// "locales": {locale: {"given": […], "family": […]}}}, each locale's own lists without its fallback locales — for
// tools/extract-name-lexicon.py --faker-js. Usage (npm fetches the package; nothing is installed):
//   npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//   node tools/faker-js-names.mjs "$PWD/package" > faker-js-names.json
import fs from 'fs';

const root = process.argv[2];
const { allLocales } = await import(root + '/dist/index.js');
const flat = (x) => {
  if (!x) return [];
  if (Array.isArray(x)) return x.flatMap(flat);
  if (typeof x === 'object') return Object.values(x).flatMap(flat);
  return [String(x)];
};
const locales = {};
for (const [loc, def] of Object.entries(allLocales)) {
  const p = def.person;
  if (!p) continue;
  const given = [...new Set([...flat(p.first_name), ...flat(p.middle_name)])];
  const family = [...new Set(flat(p.last_name))];
  if (given.length + family.length) locales[loc] = { given, family };
}
const version = JSON.parse(fs.readFileSync(root + '/package.json', 'utf8')).version;
process.stdout.write(JSON.stringify({ version, locales }));
