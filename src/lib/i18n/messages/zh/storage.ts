/** zh-CN text of the storage area; typed against the English file, so key parity is checked by tsc. */
import type { en } from '../en/storage';

export const zh: Record<keyof typeof en, string> = {
  'boundary.title': '无法显示此视图',
  'boundary.body': '此视图的某项设置的值无法使用。重置此视图的设置会将其恢复为默认值；你的数据和其他视图保持不变。',
  'boundary.reset': '重置此视图的设置',
  'boundary.resetAll': '重置此工作区的全部设置',
  'boundary.copy': '复制错误信息',
  'boundary.copied': '已复制。',
  'boundary.details': '错误详情（用于报告问题）',
};
