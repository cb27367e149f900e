/**
 * Synthetic person names: pinyin "Surname Given" with a fixed Chinese
 * rendering, so every pinyin name maps to exactly one Chinese name.
 * Surname weights roughly follow how common the surnames are.
 */
import type { Rng } from './prng.ts';

/** [pinyin, hanzi, weight] */
const SURNAMES: ReadonlyArray<readonly [string, string, number]> = [
  ['Wang', '王', 7.2], ['Li', '李', 7.1], ['Zhang', '张', 6.8], ['Liu', '刘', 5.4],
  ['Chen', '陈', 4.5], ['Yang', '杨', 3.1], ['Huang', '黄', 2.4], ['Zhao', '赵', 2.3],
  ['Wu', '吴', 2.0], ['Zhou', '周', 1.9], ['Xu', '徐', 1.4], ['Sun', '孙', 1.4],
  ['Ma', '马', 1.3], ['Zhu', '朱', 1.2], ['Hu', '胡', 1.2], ['Guo', '郭', 1.1],
  ['He', '何', 1.0], ['Gao', '高', 1.0], ['Lin', '林', 1.0], ['Luo', '罗', 0.9],
  ['Zheng', '郑', 0.9], ['Liang', '梁', 0.9], ['Xie', '谢', 0.7], ['Song', '宋', 0.7],
  ['Tang', '唐', 0.7], ['Han', '韩', 0.6], ['Feng', '冯', 0.6], ['Deng', '邓', 0.6],
  ['Cao', '曹', 0.6], ['Peng', '彭', 0.6], ['Zeng', '曾', 0.5], ['Xiao', '肖', 0.5],
  ['Tian', '田', 0.5], ['Dong', '董', 0.5], ['Pan', '潘', 0.4], ['Yuan', '袁', 0.4],
  ['Cai', '蔡', 0.4], ['Jiang', '蒋', 0.4], ['Yu', '余', 0.4], ['Du', '杜', 0.4],
  ['Ye', '叶', 0.4], ['Cheng', '程', 0.4], ['Wei', '魏', 0.3], ['Su', '苏', 0.3],
  ['Ding', '丁', 0.3], ['Ren', '任', 0.3], ['Shen', '沈', 0.3], ['Yao', '姚', 0.3],
];

/** [pinyin, hanzi] */
const GIVEN: ReadonlyArray<readonly [string, string]> = [
  ['Wei', '伟'], ['Min', '敏'], ['Jing', '静'], ['Li', '丽'], ['Fang', '芳'], ['Na', '娜'],
  ['Qiang', '强'], ['Lei', '磊'], ['Jun', '军'], ['Yang', '洋'], ['Yong', '勇'], ['Yan', '艳'],
  ['Jie', '杰'], ['Juan', '娟'], ['Tao', '涛'], ['Ming', '明'], ['Chao', '超'], ['Xia', '霞'],
  ['Ping', '平'], ['Gang', '刚'], ['Hua', '华'], ['Hui', '慧'], ['Dan', '丹'], ['Ling', '玲'],
  ['Hao', '浩'], ['Yu', '宇'], ['Xin', '欣'], ['Yi', '怡'], ['Kai', '凯'], ['Bo', '博'],
  ['Lin', '琳'], ['Ting', '婷'], ['Xue', '雪'], ['Rui', '瑞'], ['Peng', '鹏'], ['Fei', '飞'],
  ['Xiuying', '秀英'], ['Xiaoming', '晓明'], ['Xiaohong', '小红'], ['Jianguo', '建国'],
  ['Zihan', '子涵'], ['Yuxuan', '雨萱'], ['Haoran', '浩然'], ['Yichen', '一辰'], ['Zimo', '子墨'],
  ['Xinyi', '欣怡'], ['Jiahao', '家豪'], ['Junjie', '俊杰'], ['Shuang', '爽'], ['Mengqi', '梦琪'],
  ['Siyu', '思雨'], ['Tianyu', '天宇'], ['Wenjing', '文静'], ['Zhiqiang', '志强'], ['Guoqing', '国庆'],
  ['Haiyan', '海燕'], ['Chunmei', '春梅'], ['Lihua', '丽华'], ['Jianhua', '建华'], ['Yuqing', '雨晴'],
  ['Kaiwen', '凯文'], ['Ruoxi', '若曦'], ['Yifan', '一帆'], ['Zixuan', '子轩'], ['Hongmei', '红梅'],
  ['Xiuli', '秀丽'], ['Minghui', '明辉'], ['Shuai', '帅'], ['Qian', '倩'], ['Lu', '璐'],
];

const SURNAME_ZH = new Map(SURNAMES.map(([p, h]) => [p, h]));
const GIVEN_ZH = new Map(GIVEN.map(([p, h]) => [p, h]));
const SURNAME_WEIGHTS = SURNAMES.map((s) => s[2]);

export interface PersonName {
  pinyin: string;
  zh: string;
}

export function randomName(rng: Rng): PersonName {
  const s = rng.weighted(SURNAMES, SURNAME_WEIGHTS);
  const g = rng.pick(GIVEN);
  return { pinyin: `${s[0]} ${g[0]}`, zh: `${s[1]}${g[1]}` };
}

/** The Chinese rendering of a pinyin name made by randomName ("Li Wei" -> "李伟"). */
export function chineseName(pinyin: string): string {
  const [s, g] = pinyin.split(' ');
  const zs = SURNAME_ZH.get(s);
  const zg = GIVEN_ZH.get(g);
  if (zs === undefined || zg === undefined) throw new Error(`no Chinese name for ${pinyin}`);
  return zs + zg;
}
