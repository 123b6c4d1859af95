import { Packer, type Document } from 'docx';
import { stepsInPeriod } from '../../../shared/domain/chain/case-chain';
import { centralListWarnings, isServing } from '../../../shared/domain/members/compliance';
import { buildCentralListDocument } from '../../../shared/documents/central-list-document';
import { buildClocksSummaryDocument } from '../../../shared/documents/clocks-summary-document';
import type { Member } from '../../../shared/schemas/member';
import { lastApprovedMinutes } from '../../../db/repositories/inspection-repository';
import { allMemberFacts, getMember } from '../../../db/repositories/members-repository';
import { readSettings } from '../../../db/repositories/settings-repository';
import type { ReadContext } from '../../backend/router';
import { householdChains } from '../chain/case-chain-view';
import { buildIssuedDocument } from '../documents/document-source';
import { annualReportDocument } from '../documents/report-source';
import { buildDataReturnFile } from '../reports/data-return-files';

/** One file of the bundle before it is zipped: its name in the ZIP, what it is, its bytes. */
export interface BundleFile {
  fileName: string;
  what: string;
  bytes: Uint8Array;
}

export interface BundleContents {
  files: BundleFile[];
  notIncluded: string[];
}

const docx = async (document: Document) => new Uint8Array(await Packer.toBuffer(document));

/** Each year, 1 April to 31 March, that a period touches. */
export function financialYearsTouched(from: string, to: string): { from: string; to: string }[] {
  const startYear = Number(from.slice(0, 4)) - (from.slice(5) < '04-01' ? 1 : 0);
  const years: { from: string; to: string }[] = [];
  for (let year = startYear; `${year}-04-01` <= to; year += 1)
    years.push({ from: `${year}-04-01`, to: `${year + 1}-03-31` });
  return years;
}

async function minutesFiles(ctx: ReadContext, period: { from: string; to: string }, count: number) {
  const sittings = lastApprovedMinutes(ctx.db, period, count);
  const files: BundleFile[] = [];
  for (const sitting of sittings) {
    const built = buildIssuedDocument(ctx, 'minutes-final', sitting.sittingId);
    files.push({
      fileName: `minutes/${built.suggestedName}.docx`,
      what: `Approved minutes of the sitting on ${sitting.date}`,
      bytes: await docx(built.document),
    });
  }
  return files;
}

/** The year's data return as the Reports page issues it: the CSV for the collection and the Word summary. */
async function dataReturnFiles(ctx: ReadContext, year: number, today: string): Promise<BundleFile[]> {
  const files: BundleFile[] = [];
  for (const format of ['csv', 'docx'] as const) {
    const built = await buildDataReturnFile(ctx.db, year, format, today, ctx.clock.now());
    files.push({
      fileName: built.fileName,
      what:
        format === 'csv'
          ? `The annual fostering data return, ${year}/${(year + 1) % 100}, one column per field`
          : `The annual fostering data return, ${year}/${(year + 1) % 100}, with each field’s definition`,
      bytes: new Uint8Array(built.bytes),
    });
  }
  return files;
}

function servingMembers(ctx: ReadContext): Member[] {
  return allMemberFacts(ctx.db)
    .filter(isServing)
    .map((facts) => getMember(ctx.db, facts.id))
    .filter((member): member is Member => member !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Everything the inspection bundle holds, each built by the same code that
 * builds it anywhere else in the app: the final minutes (minutes-document),
 * the clocks summary (the case chain of every household), the central list
 * with the compliance the list screen shows, and the panel report of each
 * year the period touches, with that year's annual fostering data return
 * (its CSV, field names as the header row, and its Word summary).
 */
export async function bundleContents(
  ctx: ReadContext,
  period: { from: string; to: string },
  minutesCount: number,
): Promise<BundleContents> {
  const today = ctx.clock.today();
  const { agencyName } = readSettings(ctx.db);
  const notIncluded: string[] = [];
  const files = await minutesFiles(ctx, period, minutesCount);
  if (files.length === 0) notIncluded.push('Approved minutes: no minutes were approved for sittings in the period.');
  else if (files.length < minutesCount) {
    notIncluded.push(
      `Approved minutes: only ${files.length} of the ${minutesCount} sets asked for were approved in the period.`,
    );
  }
  const households = householdChains(ctx.db, null, today).map((chain) => ({
    ...chain,
    steps: stepsInPeriod(chain.steps, period.from, period.to),
  }));
  files.push({
    fileName: 'Statutory clocks summary.docx',
    what: 'Every statutory step in the period, on time or late with the reason recorded',
    bytes: await docx(buildClocksSummaryDocument({ agencyName, ...period, today, households })),
  });
  const members = servingMembers(ctx);
  files.push({
    fileName: 'Central list and compliance.docx',
    what: 'The central list with each member’s DBS, appraisal, training and independence',
    bytes: await docx(
      buildCentralListDocument({
        agencyName,
        today,
        members,
        warnings: centralListWarnings(allMemberFacts(ctx.db), today),
      }),
    ),
  });
  for (const year of financialYearsTouched(period.from, period.to)) {
    const built = annualReportDocument(ctx, `report-${year.from}-${year.to}`);
    files.push({
      fileName: `${built.suggestedName}.docx`,
      what: `The panel’s annual report, ${year.from} to ${year.to}`,
      bytes: await docx(built.document),
    });
    files.push(...(await dataReturnFiles(ctx, Number(year.from.slice(0, 4)), today)));
  }
  return { files, notIncluded };
}
