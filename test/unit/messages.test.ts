/** Message bundles: every locale has every key English has, with the same placeholders, and no key the sources no longer use. */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLES, LOCALES, format, toLocale, translator } from '../../server/src/core/messages';
import { analyze } from '../../server/src/core/analysis';
import { hover } from '../../server/src/core/features/hover';
import { codeLenses } from '../../server/src/core/features/codeLens';
import { rename } from '../../server/src/core/features/rename';

const ROOT = join(__dirname, '../../..');
const placeholders = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

function sources(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((p) => (statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? readFileSync(p, 'utf8') : ''))
    .join('\n');
}

describe('message bundles', () => {
  const en = BUNDLES.en;
  for (const locale of LOCALES) {
    it(`${locale}: every key of the English bundle, with its placeholders, and no other`, () => {
      const bundle = BUNDLES[locale];
      assert.deepEqual(Object.keys(en).filter((k) => !(k in bundle)), [], 'missing keys');
      assert.deepEqual(Object.keys(bundle).filter((k) => !(k in en)), [], 'keys English does not have');
      for (const key of Object.keys(en)) assert.deepEqual(placeholders(bundle[key]), placeholders(en[key]), `${locale} ${key}`);
    });
  }

  it('has no key the sources no longer use', () => {
    const code = sources(join(ROOT, 'server/src'));
    assert.deepEqual(Object.keys(en).filter((k) => !code.includes(`'${k}'`)), []);
  });

  it('follows the display language: "fr-CA" and "zh-cn" read as French and Chinese, others as English', () => {
    assert.deepEqual(['fr-CA', 'zh-cn', 'ar', 'ru-RU', 'es-419', 'de', undefined].map(toLocale), ['fr', 'zh', 'ar', 'ru', 'es', 'en', 'en']);
    assert.equal(format('fr', 'paragraph', { label: '4' }), 'paragraphe 4');
    assert.equal(format('zh', 'paragraph', { label: '4' }), '第4段');
  });

  it('gives the checks’ messages in the requested language', () => {
    const text = 'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides;\n\n3. Requests paragraph 1 above;\n';
    const messages = (locale?: 'fr' | 'ru') => analyze(text, { locale }).diagnostics.filter((d) => d.code === 'numbering/sequence').map((d) => [d.message, d.related[0]?.message, d.fix?.title]);
    assert.deepEqual(messages(), [['Expected paragraph 2, found paragraph 3: paragraph 2 is missing.', 'previous paragraph 1', 'Number this paragraph 2']]);
    assert.deepEqual(messages('fr'), [['Paragraphe 2 attendu, paragraphe 3 trouvé : le paragraphe 2 manque.', 'paragraphe précédent 1', 'Numéroter ce paragraphe 2']]);
    assert.deepEqual(messages('ru'), [['Ожидался пункт 2, а найден пункт 3: пункт 2 отсутствует.', 'предыдущий пункт 1', 'Присвоить этому пункту номер 2']]);
  });

  it('gives hovers, code lenses and rename refusals in the requested language', () => {
    const text = 'The Security Council,\n\nRecalling paragraph 2 below,\n\n1. Decides;\n\n2. Requests, further to paragraph 1 above;\n';
    const model = analyze(text).model;
    const at = (needle: string) => text.indexOf(needle);
    assert.match(hover(model, at('1. Decides'), undefined, translator('es'))?.markdown ?? '', /^\*\*Párrafo 1\*\*\n\nDecides;\n\nCitado en párrafo 2\.$/);
    assert.match(hover(model, at('2. Requests'), undefined, translator('ru'))?.markdown ?? '', /Ссылки: пункт 1 преамбулы\.$/);
    assert.deepEqual(codeLenses(model, translator('zh')).map((l) => l.title), ['被 1 个段落引用', '被 1 个段落引用']);
    assert.deepEqual(rename(model, at('1. Decides'), 'x', translator('ar')), { error: '«x» ليس رقم فقرة (أمثلة: 12، 20 مكررا).' });
  });
});
