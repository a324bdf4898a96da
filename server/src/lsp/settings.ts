/** The `unres.*` settings: defaults, validation (unknown or ill-typed keys are reported and ignored). */
import { RULES, type SeverityOverride } from '../core/checks';
import { DEFAULT_ONLINE_CATALOG } from '../library/online';
import { translator, type Translate } from '../core/messages';

export interface Settings {
  readonly rules: Readonly<Record<string, SeverityOverride>>;
  /** Above this size (in MB) features degrade to diagnostics-free outline-only service. */
  readonly maxFileSizeMB: number;
  readonly library: { readonly paths: readonly string[]; readonly onlineCatalog: boolean; readonly onlineCatalogUrl: string };
  readonly inlayHints: { readonly subjects: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  maxFileSizeMB: 5,
  library: { paths: [], onlineCatalog: false, onlineCatalogUrl: DEFAULT_ONLINE_CATALOG },
  inlayHints: { subjects: false },
};

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);
const KNOWN = new Set(['rules', 'maxFileSizeMB', 'library', 'trace', 'inlayHints']);
const LIBRARY_KEYS = new Set(['paths', 'onlineCatalog', 'onlineCatalogUrl']);

export function readSettings(raw: unknown, t: Translate = translator()): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: DEFAULT_SETTINGS, problems: [t('settings.notObject')] };
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!KNOWN.has(k)) problems.push(t('settings.unknown', { key: k }));
  const rules: Record<string, SeverityOverride> = {};
  if (r.rules !== undefined) {
    if (typeof r.rules !== 'object' || r.rules === null || Array.isArray(r.rules)) problems.push(t('settings.rules'));
    else {
      for (const [code, level] of Object.entries(r.rules)) {
        if (!RULES.some((x) => x.code === code)) problems.push(t('settings.unknownRule', { code }));
        else if (typeof level !== 'string' || !LEVELS.has(level)) problems.push(t('settings.level', { code }));
        else rules[code] = level as SeverityOverride;
      }
    }
  }
  let maxFileSizeMB = DEFAULT_SETTINGS.maxFileSizeMB;
  if (r.maxFileSizeMB !== undefined) {
    if (typeof r.maxFileSizeMB === 'number' && r.maxFileSizeMB > 0) maxFileSizeMB = r.maxFileSizeMB;
    else problems.push(t('settings.maxFileSizeMB'));
  }
  let library = DEFAULT_SETTINGS.library;
  const lib = r.library as Record<string, unknown> | undefined;
  if (lib !== undefined && (typeof lib !== 'object' || lib === null)) problems.push(t('settings.library'));
  else if (lib) {
    for (const k of Object.keys(lib)) if (!LIBRARY_KEYS.has(k)) problems.push(t('settings.unknown', { key: `library.${k}` }));
    let paths: string[] = [];
    if (lib.paths !== undefined && !(Array.isArray(lib.paths) && lib.paths.every((p) => typeof p === 'string'))) problems.push(t('settings.paths'));
    else paths = (lib.paths as string[] | undefined) ?? [];
    if (lib.onlineCatalog !== undefined && typeof lib.onlineCatalog !== 'boolean') problems.push(t('settings.onlineCatalog'));
    if (lib.onlineCatalogUrl !== undefined && !(typeof lib.onlineCatalogUrl === 'string' && /^https?:\/\//.test(lib.onlineCatalogUrl))) problems.push(t('settings.onlineCatalogUrl'));
    library = {
      paths,
      onlineCatalog: lib.onlineCatalog === true,
      onlineCatalogUrl: typeof lib.onlineCatalogUrl === 'string' && /^https?:\/\//.test(lib.onlineCatalogUrl) ? lib.onlineCatalogUrl : DEFAULT_ONLINE_CATALOG,
    };
  }
  let inlayHints = DEFAULT_SETTINGS.inlayHints;
  const hints = r.inlayHints as Record<string, unknown> | undefined;
  if (hints !== undefined) {
    if (typeof hints !== 'object' || hints === null || (hints.subjects !== undefined && typeof hints.subjects !== 'boolean')) problems.push(t('settings.subjects'));
    else inlayHints = { subjects: hints.subjects === true };
  }
  return { settings: { rules, maxFileSizeMB, library, inlayHints }, problems };
}
