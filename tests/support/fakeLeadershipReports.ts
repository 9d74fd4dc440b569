/** Reports to leaders and governors filed in memory for component tests: one file per name, its version counted. */
import type { FiledLeadersReport, ILeadershipReports, ReadResult } from '../../src/data/ports';
import { DataError } from '../../src/data/errors';
import { filedLeadersReportSchema, type FiledLeadersReportRecord } from '../../src/domain';

export class FakeLeadershipReports implements ILeadershipReports {
  public readonly reports: FiledLeadersReport[] = [];
  public readonly contents = new Map<string, Uint8Array>();

  public async list(): Promise<ReadResult<FiledLeadersReport>> {
    return { items: [...this.reports].reverse(), problems: [] };
  }

  public async file(record: FiledLeadersReportRecord, content: Uint8Array): Promise<FiledLeadersReport> {
    const valid = filedLeadersReportSchema.safeParse(record);
    if (!valid.success) throw new DataError('invalid-record', `The report was not filed: ${valid.error.issues[0].message}`);
    const url = `/sites/pathways/PwLeadershipReports/${record.fileName}`;
    const i = this.reports.findIndex((r) => r.url === url);
    const version = i >= 0 ? `${Number(this.reports[i].version.split('.')[0]) + 1}.0` : '1.0';
    const filed: FiledLeadersReport = { ...valid.data, id: i >= 0 ? this.reports[i].id : this.reports.length + 1, etag: `"${version}"`, url, version };
    if (i >= 0) this.reports[i] = filed;
    else this.reports.push(filed);
    this.contents.set(url, content);
    return filed;
  }
}
