import type { ColumnRole } from '../lib/domain/types';

export interface CliArgs {
  file: string;
  asOf?: string;
  bins: number;
  json: boolean;
  columns: Partial<Record<ColumnRole, string>>;
  dateOrder?: 'dmy' | 'mdy' | 'ymd';
  shape?: 'transactions' | 'customers';
  /** Fit the future-value model (BG/NBD + Gamma-Gamma) with this calibration end. */
  future: boolean;
  calibrationEnd?: string;
  horizonWeeks?: number;
}

const COLUMN_FLAGS: Record<string, ColumnRole> = {
  '--customer': 'customer',
  '--date': 'date',
  '--amount': 'amount',
  '--order': 'order',
  '--qty': 'quantity',
  '--price': 'price',
};

export const USAGE =
  'usage: npm run classify -- FILE [--as-of YYYY-MM-DD] [--bins 3|4|5] [--customer COL] [--date COL] [--amount COL] ' +
  '[--order COL] [--qty COL] [--price COL] [--date-order dmy|mdy|ymd] [--shape transactions|customers] ' +
  '[--future --calibration-end YYYY-MM-DD [--horizon WEEKS]] [--json]';

/** Parse argv (without node and the script); throws an Error with a one-line reason. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { file: '', bins: 5, json: false, columns: {}, future: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--json') args.json = true;
    else if (flag === '--future') args.future = true;
    else if (flag === '--calibration-end') args.calibrationEnd = value();
    else if (flag === '--horizon') {
      const w = Number(value());
      if (!(w > 0 && w <= 520)) throw new Error('--horizon must be a number of weeks above 0 and at most 520');
      args.horizonWeeks = w;
    }
    else if (flag === '--as-of') args.asOf = value();
    else if (flag === '--bins') {
      const k = Number(value());
      if (![3, 4, 5].includes(k)) throw new Error('--bins must be 3, 4 or 5');
      args.bins = k;
    } else if (flag === '--date-order') {
      const v = value();
      if (v !== 'dmy' && v !== 'mdy' && v !== 'ymd') throw new Error('--date-order must be dmy, mdy or ymd');
      args.dateOrder = v;
    } else if (flag === '--shape') {
      const v = value();
      if (v !== 'transactions' && v !== 'customers') throw new Error('--shape must be transactions or customers');
      args.shape = v;
    } else if (flag in COLUMN_FLAGS) args.columns[COLUMN_FLAGS[flag]] = value();
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else if (flag.startsWith('--')) throw new Error(`unknown option ${flag}`);
    else if (!args.file) args.file = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!args.file) throw new Error(USAGE);
  if (args.future && !args.calibrationEnd) throw new Error('--future needs --calibration-end YYYY-MM-DD');
  if (!args.future && (args.calibrationEnd || args.horizonWeeks)) throw new Error('--calibration-end and --horizon go with --future');
  return args;
}

/** A column given by header name (case-insensitive) or 1-based position. */
export function resolveColumn(headers: string[], spec: string): number | null {
  const wanted = spec.trim().toLowerCase();
  const byName = headers.findIndex((h) => h.trim().toLowerCase() === wanted);
  if (byName >= 0) return byName;
  if (/^\d+$/.test(wanted)) {
    const n = Number(wanted);
    if (n >= 1 && n <= headers.length) return n - 1;
  }
  return null;
}
