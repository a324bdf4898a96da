/** The `unres.*` settings: defaults, validation (unknown or ill-typed keys are reported and ignored). */
import { RULES, type SeverityOverride } from '../core/checks';
import { DEFAULT_ONLINE_CATALOG } from '../library/online';

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

export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: DEFAULT_SETTINGS, problems: ['unres: settings must be an object; using defaults'] };
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!KNOWN.has(k)) problems.push(`unres.${k} is not a setting of unres; ignored`);
  const rules: Record<string, SeverityOverride> = {};
  if (r.rules !== undefined) {
    if (typeof r.rules !== 'object' || r.rules === null || Array.isArray(r.rules)) problems.push('unres.rules must be an object of rule codes to severities; ignored');
    else {
      for (const [code, level] of Object.entries(r.rules)) {
        if (!RULES.some((x) => x.code === code)) problems.push(`unres.rules: unknown rule '${code}'; ignored`);
        else if (typeof level !== 'string' || !LEVELS.has(level)) problems.push(`unres.rules.${code} must be one of error, warning, information, hint, off; ignored`);
        else rules[code] = level as SeverityOverride;
      }
    }
  }
  let maxFileSizeMB = DEFAULT_SETTINGS.maxFileSizeMB;
  if (r.maxFileSizeMB !== undefined) {
    if (typeof r.maxFileSizeMB === 'number' && r.maxFileSizeMB > 0) maxFileSizeMB = r.maxFileSizeMB;
    else problems.push('unres.maxFileSizeMB must be a positive number; ignored');
  }
  let library = DEFAULT_SETTINGS.library;
  const lib = r.library as Record<string, unknown> | undefined;
  if (lib !== undefined && (typeof lib !== 'object' || lib === null)) problems.push('unres.library must be an object; ignored');
  else if (lib) {
    for (const k of Object.keys(lib)) if (!LIBRARY_KEYS.has(k)) problems.push(`unres.library.${k} is not a setting of unres; ignored`);
    let paths: string[] = [];
    if (lib.paths !== undefined && !(Array.isArray(lib.paths) && lib.paths.every((p) => typeof p === 'string'))) problems.push('unres.library.paths must be a list of folders; ignored');
    else paths = (lib.paths as string[] | undefined) ?? [];
    if (lib.onlineCatalog !== undefined && typeof lib.onlineCatalog !== 'boolean') problems.push('unres.library.onlineCatalog must be true or false; ignored');
    if (lib.onlineCatalogUrl !== undefined && !(typeof lib.onlineCatalogUrl === 'string' && /^https?:\/\//.test(lib.onlineCatalogUrl))) problems.push('unres.library.onlineCatalogUrl must be an http(s) address; ignored');
    library = {
      paths,
      onlineCatalog: lib.onlineCatalog === true,
      onlineCatalogUrl: typeof lib.onlineCatalogUrl === 'string' && /^https?:\/\//.test(lib.onlineCatalogUrl) ? lib.onlineCatalogUrl : DEFAULT_ONLINE_CATALOG,
    };
  }
  let inlayHints = DEFAULT_SETTINGS.inlayHints;
  const hints = r.inlayHints as Record<string, unknown> | undefined;
  if (hints !== undefined) {
    if (typeof hints !== 'object' || hints === null || (hints.subjects !== undefined && typeof hints.subjects !== 'boolean')) problems.push('unres.inlayHints.subjects must be true or false; ignored');
    else inlayHints = { subjects: hints.subjects === true };
  }
  return { settings: { rules, maxFileSizeMB, library, inlayHints }, problems };
}
