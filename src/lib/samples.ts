/**
 * The bundled sample files. Imported with `?url` so Vite copies them into the build and
 * the static site can fetch them offline once cached; the Data view lists them as cards.
 */
import retailUrl from '../../samples/retail-transactions.csv?url';
import retailZhUrl from '../../samples/retail-transactions-zh-gb18030.csv?url';
import customerTableUrl from '../../samples/customer-table.csv?url';
import classroomUrl from '../../samples/classroom.csv?url';

export type SampleId = 'classroom' | 'retail' | 'retail-zh' | 'customer-table';

export interface Sample {
  id: SampleId;
  /** File name shown to the user and recorded as the dataset name. */
  fileName: string;
  url: string;
  titleKey: string;
  descriptionKey: string;
}

/** Smallest first: the classroom exercise is the one a trainer starts with. */
export const SAMPLES: readonly Sample[] = [
  {
    id: 'classroom',
    fileName: 'classroom.csv',
    url: classroomUrl,
    titleKey: 'data.sample.classroom.title',
    descriptionKey: 'data.sample.classroom.description',
  },
  {
    id: 'retail',
    fileName: 'retail-transactions.csv',
    url: retailUrl,
    titleKey: 'data.sample.retail.title',
    descriptionKey: 'data.sample.retail.description',
  },
  {
    id: 'retail-zh',
    fileName: 'retail-transactions-zh-gb18030.csv',
    url: retailZhUrl,
    titleKey: 'data.sample.retailZh.title',
    descriptionKey: 'data.sample.retailZh.description',
  },
  {
    id: 'customer-table',
    fileName: 'customer-table.csv',
    url: customerTableUrl,
    titleKey: 'data.sample.customerTable.title',
    descriptionKey: 'data.sample.customerTable.description',
  },
];

export function sampleById(id: string): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}
