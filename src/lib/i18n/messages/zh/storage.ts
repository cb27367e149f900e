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

  'storage.changedElsewhere': '未保存：{key} 在本标签页读取之后已在另一个标签页中被修改。',
  'storage.deletedElsewhere': '未保存：{key} 已在另一个标签页中被删除。',
  'tabs.changed': '此工作区已在另一个标签页中被修改。本标签页显示的内容已过时，在这里所做的更改不会被保存。',
  'tabs.deleted': '此工作区已在另一个标签页中被删除。在这里所做的更改不会被保存。',
  'tabs.reload': '重新载入此工作区',
  'tabs.openOther': '打开另一个工作区',
  'tabs.keepCopy': '将本标签页的版本另存为新工作区',
  'tabs.copyName': '{name}（副本）',

  'link.unknownSample': '它指定的示例（“{id}”）本应用中没有，因此没有打开任何内容',
  'link.tooLong': '它长 {size} 个字符，超过 {max} 个字符的链接不会被打开（解码会让页面卡住）；请改用文件分享此情景',
};
