/**
 * Column roles from header names (English and Chinese), and the data shape.
 *
 * Headers are compared after NFKC (full-width -> half-width), lower-casing and removing
 * spaces, '_', '-', '.', brackets and colons, so `Customer ID`, `customer_id`,
 * `CustomerID` and `客户ID` all meet their synonym. An exact synonym beats a header that
 * merely contains a keyword (`dollar_value` is the amount, `number_of_cds` the quantity),
 * earlier synonyms beat later ones, and every column gets at most one role.
 */
import type { ColumnMapping, ColumnRole, DataShape } from '../types';

export function normaliseHeader(h: string): string {
  return h.normalize('NFKC').toLowerCase().replace(/[\s_\-.·()[\]{}:：/#'"`]+/g, '');
}

interface RoleRule {
  /** Normalised exact names, most specific first. */
  exact: string[];
  /** Keywords a header may contain (weaker than any exact name). */
  contains: string[];
  /** Normalised headers that contain a keyword but are not this role. */
  not?: string[];
}

const CUSTOMER: RoleRule = {
  exact: ['customerid', 'customerno', 'customernumber', 'customercode', 'customer', 'custid', 'clientid', 'clientno',
    'client', 'memberid', 'memberno', 'member', 'userid', 'user', 'buyerid', 'accountid',
    '客户id', '客户编号', '客户号', '客户代码', '客户', '会员id', '会员编号', '会员号', '会员卡号', '会员', '用户id', '用户编号',
    '用户', '顾客id', '顾客编号', '顾客', '买家id'],
  contains: ['customerid', '客户id', '客户编号', '会员id', '用户id', 'custid', 'clientid', 'memberid', 'customer', '客户', '会员', '顾客'],
};

const NAME: RoleRule = {
  exact: ['customername', 'clientname', 'membername', 'name', 'fullname', 'username',
    '客户名称', '客户姓名', '姓名', '客户名', '会员名称', '会员姓名', '顾客姓名', '名称', '公司名称', '用户名'],
  contains: ['name', '姓名', '名称'],
  not: ['firstname', 'lastname', 'givenname', 'surname', 'familyname', 'productname', 'itemname', '商品名称', '产品名称'],
};

const RULES_TX: Partial<Record<ColumnRole, RoleRule>> = {
  customer: CUSTOMER,
  date: {
    exact: ['date', 'orderdate', 'invoicedate', 'purchasedate', 'transactiondate', 'saledate', 'salesdate', 'paymentdate',
      'orderdatetime', 'ordertime', 'purchasetime', 'transactiontime', 'datetime', 'timestamp', 'createdat', 'paidat', 'day',
      '订单日期', '下单时间', '下单日期', '交易日期', '交易时间', '购买日期', '购买时间', '消费日期', '消费时间', '订单时间',
      '支付时间', '付款时间', '成交日期', '成交时间', '日期', '时间'],
    contains: ['date', '日期', '时间'],
  },
  amount: {
    exact: ['amount', 'dollarvalue', 'revenue', 'sales', 'salesamount', 'orderamount', 'totalamount', 'amountpaid',
      'paidamount', 'totalprice', 'linetotal', 'lineamount', 'subtotal', 'total', 'value', 'payment', 'spend',
      '金额', '实付金额', '销售额', '订单金额', '消费金额', '交易金额', '支付金额', '付款金额', '实收金额', '成交金额', '总金额',
      '总价', '应付金额', '营业额', '收入'],
    contains: ['amount', 'revenue', '金额', '销售额', 'value', 'total', 'sales', '营业额'],
  },
  order: {
    exact: ['orderid', 'orderno', 'ordernumber', 'ordercode', 'order', 'invoiceno', 'invoice', 'invoiceid', 'invoicenumber',
      'transactionid', 'receiptno', 'receiptid', 'billno',
      '订单号', '订单编号', '订单id', '发票号', '发票编号', '单号', '交易号', '交易编号', '流水号'],
    contains: ['orderid', 'orderno', 'invoiceno', 'invoice', '订单号', '订单编号', '发票'],
  },
  quantity: {
    exact: ['quantity', 'qty', 'numberofcds', 'units', 'numberofitems', 'items', 'pieces', 'count',
      '数量', '购买数量', '商品数量', '件数', '销量'],
    contains: ['quantity', 'qty', '数量', '件数'],
  },
  price: {
    exact: ['unitprice', 'priceeach', 'price', 'unitcost', '单价', '商品单价', '价格', '售价'],
    contains: ['unitprice', 'price', '单价', '价格'],
  },
  name: NAME,
  region: {
    exact: ['region', 'country', 'city', 'province', 'state', 'area', 'location',
      '地区', '国家', '城市', '省份', '省', '区域', '地域', '所在地区', '所在城市'],
    contains: ['region', 'country', 'city', 'province', '地区', '国家', '城市', '省份', '区域'],
  },
  channel: {
    exact: ['channel', 'saleschannel', 'source', '渠道', '销售渠道', '购买渠道', '来源'],
    contains: ['channel', '渠道'],
  },
  needType: {
    exact: ['needtype', 'need', 'needs', '需求类型', '需求', '客户需求'],
    contains: ['needtype', '需求'],
  },
};

const RULES_CUSTOMERS: Partial<Record<ColumnRole, RoleRule>> = {
  customer: CUSTOMER,
  recency: {
    exact: ['recency', 'recencydays', 'recencyday', 'dayssincelastpurchase', 'dayssincelastorder', 'daysincelastpurchase',
      '最近一次消费', '最近消费天数', '最近一次消费天数', '最近购买天数', '最近消费', '距今天数', 'r'],
    contains: ['recency', '最近一次消费', '最近消费', '距今'],
  },
  frequency: {
    exact: ['frequency', 'numberoforders', 'ordercount', 'numorders', 'orders', 'numberofpurchases', 'purchasecount',
      'purchases', 'transactions', '消费频率', '购买次数', '消费次数', '购买频率', '下单次数', '订单数', '频率', 'f'],
    contains: ['frequency', 'numberoforders', 'ordercount', '次数', '频率'],
  },
  monetary: {
    exact: ['monetary', 'monetaryvalue', '消费金额', 'revenue', 'totalrevenue', 'totalspend', 'totalsales', 'totalamount',
      'amount', 'sales', 'value', 'spend', '累计消费金额', '累计消费', '消费总额', '总金额', '购买金额', '销售额', '金额', 'm'],
    contains: ['monetary', '消费金额', '金额', 'revenue', 'amount', 'spend', 'sales'],
  },
  potential: {
    exact: ['potential', 'potentialvalue', '潜力', '潜在价值', '客户潜力', '增长潜力'],
    contains: ['potential', '潜力', '潜在'],
  },
  futureValue: {
    exact: ['futurevalue', 'predictedvalue', 'predictedclv', 'clv', 'cltv', 'ltv', 'customerlifetimevalue', 'lifetimevalue',
      '未来价值', '预测价值', '客户终身价值', '终身价值', '预测clv'],
    contains: ['futurevalue', 'predicted', 'clv', '未来价值', '预测价值', '终身价值'],
  },
  name: NAME,
  region: RULES_TX.region,
  channel: RULES_TX.channel,
  needType: RULES_TX.needType,
};

/** Scores a header for a role: exact synonyms 1000-i, contained keywords 500-i, else 0. */
function score(h: string, rule: RoleRule): number {
  const e = rule.exact.indexOf(h);
  if (e >= 0) return 1000 - e;
  if (rule.not && rule.not.includes(h)) return 0;
  for (let i = 0; i < rule.contains.length; i++) {
    // One-letter keywords never match inside a word.
    if (rule.contains[i].length > 1 && h.includes(rule.contains[i])) return 500 - i;
  }
  return 0;
}

/** Best-first assignment: each column at most one role, each role at most one column. */
function assign(headers: string[], rules: Partial<Record<ColumnRole, RoleRule>>, taken: Set<number>, fixed: Set<ColumnRole>): ColumnMapping {
  const norm = headers.map(normaliseHeader);
  const cands: { s: number; col: number; role: ColumnRole }[] = [];
  for (const role of Object.keys(rules) as ColumnRole[]) {
    if (fixed.has(role)) continue;
    const rule = rules[role]!;
    for (let c = 0; c < norm.length; c++) {
      if (taken.has(c) || norm[c] === '') continue;
      const s = score(norm[c], rule);
      if (s > 0) cands.push({ s, col: c, role });
    }
  }
  cands.sort((a, b) => b.s - a.s || a.col - b.col);
  const out: ColumnMapping = {};
  const usedCols = new Set(taken);
  for (const { col, role } of cands) {
    if (out[role] !== undefined || usedCols.has(col)) continue;
    out[role] = col;
    usedCols.add(col);
  }
  return out;
}

export interface ColumnDetection {
  shape: DataShape;
  mapping: ColumnMapping;
  autoDetected: Partial<Record<ColumnRole, boolean>>;
  /** Roles the shape needs but no column supplies (empty when usable). */
  missing: ColumnRole[];
  /** True when the customer id falls back to the name column (no id column). */
  customerFromName: boolean;
}

/**
 * Detects the shape (when 'auto') and the mapping. A customer table is recognised by a
 * recency, a frequency and a monetary column (e.g. recency_days, number_of_orders,
 * revenue); anything else is transactions. `given` overrides per role; a given index of
 * -1 means "this role has no column". Columns taken by given roles are not auto-assigned.
 */
export function detectColumns(
  headers: string[],
  shape: DataShape | 'auto' = 'auto',
  given: ColumnMapping = {},
): ColumnDetection {
  const fixed = new Set(Object.keys(given) as ColumnRole[]);
  const taken = new Set<number>();
  for (const r of fixed) if (given[r]! >= 0) taken.add(given[r]!);

  let decided: DataShape;
  if (shape !== 'auto') decided = shape;
  else {
    const probe = { ...assign(headers, RULES_CUSTOMERS, taken, fixed), ...given };
    const has = (r: ColumnRole) => probe[r] !== undefined && probe[r]! >= 0;
    decided = has('recency') && has('frequency') && has('monetary') ? 'customers' : 'transactions';
  }
  const rules = decided === 'customers' ? RULES_CUSTOMERS : RULES_TX;
  const auto = assign(headers, rules, taken, fixed);
  const mapping: ColumnMapping = {};
  const autoDetected: Partial<Record<ColumnRole, boolean>> = {};
  for (const r of Object.keys(auto) as ColumnRole[]) {
    mapping[r] = auto[r];
    autoDetected[r] = true;
  }
  for (const r of fixed) {
    if (given[r]! >= 0) {
      mapping[r] = given[r];
      autoDetected[r] = false;
    }
  }

  // Without an id column, a customer-name column identifies customers (rfm's sample
  // data does exactly that); reported as a warning.
  let customerFromName = false;
  if (mapping.customer === undefined && mapping.name !== undefined && !fixed.has('customer')) {
    mapping.customer = mapping.name;
    autoDetected.customer = true;
    customerFromName = true;
  }

  const missing: ColumnRole[] = [];
  const need: ColumnRole[] =
    decided === 'customers' ? ['customer', 'recency', 'frequency', 'monetary'] : ['customer', 'date'];
  for (const r of need) if (mapping[r] === undefined) missing.push(r);
  if (decided === 'transactions' && mapping.amount === undefined) {
    if (mapping.quantity === undefined || mapping.price === undefined) missing.push('amount');
  }
  return { shape: decided, mapping, autoDetected, missing, customerFromName };
}

/** Header names we look for, for the "no column for ..." message. */
export function exampleHeaders(role: ColumnRole, shape: DataShape): string[] {
  const ex: Partial<Record<ColumnRole, string[]>> = {
    customer: ['customer_id', 'CustomerID', '客户ID', '客户编号', '会员ID'],
    date: ['date', 'order_date', 'InvoiceDate', '订单日期', '交易日期'],
    amount: ['amount', 'revenue', 'sales', '金额', '实付金额', 'or quantity + unit price'],
    recency: ['recency', 'recency_days', '最近一次消费', 'R'],
    frequency: ['frequency', 'number_of_orders', '消费频率', '购买次数', 'F'],
    monetary: shape === 'customers' ? ['monetary', 'revenue', '消费金额', 'M'] : ['amount'],
  };
  return ex[role] ?? [role];
}
