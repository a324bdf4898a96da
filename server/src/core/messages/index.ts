/**
 * Messages in the user's language: a catalog per locale (keys → templates with `{name}` placeholders).
 * English is the default and the reference: every key is in `en.json`, and a test fails when another
 * bundle lacks a key or has one that English no longer has.
 */
import en from './en.json';
import fr from './fr.json';
import es from './es.json';
import ru from './ru.json';
import ar from './ar.json';
import zh from './zh.json';

export type MessageKey = keyof typeof en;
export type MessageArgs = Readonly<Record<string, string | number>>;

/** The six official languages of the United Nations. */
export const LOCALES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const BUNDLES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en, fr, es, ru, ar, zh };

/** "fr", "fr-CA", "zh-cn", "zh-Hans" → a locale of ours; anything else → English. */
export function toLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

/** A template cut at its placeholders: text, name, text, name, ..., text. */
const parsed = new Map<string, readonly string[]>();

function parts(template: string): readonly string[] {
  const known = parsed.get(template);
  if (known) return known;
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const open = template.indexOf('{', i);
    const close = open < 0 ? -1 : template.indexOf('}', open);
    if (close < 0) break;
    out.push(template.slice(i, open), template.slice(open + 1, close));
    i = close + 1;
  }
  out.push(template.slice(i));
  parsed.set(template, out);
  return out;
}

/** The message for `key` in `locale` (English when the bundle lacks it), placeholders filled. */
export function format(locale: Locale, key: MessageKey, args: MessageArgs = {}): string {
  // Checks format a message per finding: each template is cut once.
  const p = parts(BUNDLES[locale][key] ?? en[key]);
  let out = p[0];
  for (let k = 1; k < p.length; k += 2) out += (p[k] in args ? String(args[p[k]]) : `{${p[k]}}`) + p[k + 1];
  return out;
}

/** Messages of one locale: what checks and features call with a key and its arguments. */
export type Translate = (key: MessageKey, args?: MessageArgs) => string;

const translators = new Map<Locale, Translate>();

export function translator(locale: Locale = 'en'): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = (key, args) => format(locale, key, args);
    translators.set(locale, t);
  }
  return t;
}
