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

  'recover.open': '恢复…',
  'recover.title': '恢复被另存的数据',
  'recover.intro': '无法读取的已保存记录没有被删除，而是另存在这里；无法读取其工作区的数据也列在这里。可以将任何一项下载为 JSON，或恢复仍可使用的内容。',
  'recover.close': '关闭',
  'recover.empty': '没有被另存的内容：所有已保存的记录都能读取。',
  'recover.record': '记录 {key}',
  'recover.orphan': '没有工作区的数据（{key}）',
  'recover.orphanReason': '它的工作区记录无法读取，因此没有工作区显示这些数据。',
  'recover.setAsideAt': '另存于 {date}',
  'recover.download': '下载 JSON',
  'recover.restore': '恢复',
  'recover.notRestorable': '本版本无法恢复此项；请下载以保留它。',
  'recover.discard': '删除此副本',
  'recover.discardConfirm': '永久删除',
  'recover.restored': '已恢复为“{name}”。',
  'recover.restoredPart': '已恢复为“{name}”。以下值无法使用，已恢复为默认值：{fields}。',
  'recover.recoveredName': '已恢复：{name}',

  'link.unknownSample': '它指定的示例（“{id}”）本应用中没有，因此没有打开任何内容',
  'link.tooLong': '它长 {size} 个字符，超过 {max} 个字符的链接不会被打开（解码会让页面卡住）；请改用文件分享此情景',
};
