import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import type { RegisterPage } from '../../shared/contract/documents';
import { ADMIN, rpcOrThrow, signInAs } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { addDecisionSitting, asUser } from './support/decisions';
import { downloadedBy } from './support/downloads';
import { expect, test } from './support/fixtures';

const TODAY = '2026-11-23';
const BUILT_IN_SENTENCE = 'Thank you for all you have put into your assessment.';
const OUR_SENTENCE = 'Everyone at the service is delighted to welcome you.';

test('an administrator downloads the approval letter template, changes a sentence, previews it, uses it, and the register names its version', async ({
  page,
}) => {
  // The page's security policy refuses inline <style>: the preview must not depend on one.
  const styleRefusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()) && /style/i.test(message.text()))
      styleRefusals.push(message.text());
  });
  const setUp = await addDecisionSitting(page, TODAY);
  await asUser(page, setUp.adm, async () => {
    const view = (await rpcOrThrow(page, 'decisions:get', { itemId: setUp.approvalItem })) as {
      case: { version: number };
    };
    await rpcOrThrow(page, 'decisions:decide', {
      itemId: setUp.approvalItem,
      version: view.case.version,
      verdict: 'agree',
      decidedOn: TODAY,
    });
  });
  // One letter from the built-in template, so the household is a real record to preview with.
  await rpcOrThrow(page, 'documents:issue', { kind: 'letter-approval', subjectId: setUp.approvalItem });

  await signInAs(page, ADMIN);
  await page.goto(`${new URL(page.url()).origin}/#/`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents and Word templates' })).toBeVisible();
  const kind = page.getByRole('region', { name: 'Approval letter', exact: true });
  await expect(kind).toContainText('In use: the built-in template.');
  await expectNoSeriousViolations(page, 'Settings → Documents');

  // Downloaded as Word would open it, and one sentence changed in its XML.
  const file = await downloadedBy(page, () => kind.getByRole('button', { name: 'Download built-in template' }).click());
  const zip = new PizZip(readFileSync(file));
  const body = zip.file('word/document.xml')?.asText() ?? '';
  expect(body).toContain(BUILT_IN_SENTENCE);
  zip.file('word/document.xml', body.replace(BUILT_IN_SENTENCE, OUR_SENTENCE));
  const edited = Buffer.from(zip.generate({ type: 'uint8array', compression: 'DEFLATE' }));

  await kind.getByLabel('Word template for the approval letter').setInputFiles({
    name: 'Our approval letter.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: edited,
  });
  await kind.getByLabel('Fill the preview from').selectOption({ label: 'HH-201, last issued 23 November 2026' });
  const preview = kind.getByTestId('template-preview');
  await expect(preview).toContainText(OUR_SENTENCE);
  await expect(preview).toContainText('Grace Okafor');
  await expect(preview).not.toContainText(BUILT_IN_SENTENCE);
  // Laid out as the document is, under the page's security policy: an A4 page of Arial text, with its header.
  const sheet = preview.locator('section.docx').first();
  await expect(sheet).toBeVisible();
  const look = await sheet.evaluate((page) => {
    const words = [...page.querySelectorAll('span')].find((span) => span.textContent.includes('Grace Okafor'));
    return {
      width: page.getBoundingClientRect().width,
      font: words ? getComputedStyle(words).fontFamily : '',
      background: getComputedStyle(page).backgroundColor,
    };
  });
  expect(look.width).toBeGreaterThan(780); // 210 mm is 794 CSS pixels
  expect(look.width).toBeLessThan(810);
  expect(look.font).toContain('Arial');
  expect(look.background).toBe('rgb(255, 255, 255)');
  await expect(sheet.locator('header')).toContainText('OFFICIAL-SENSITIVE');
  expect(styleRefusals).toEqual([]);
  await preview.screenshot({ path: test.info().outputPath('template-preview.png') });

  await kind.getByRole('button', { name: 'Use this template' }).click();
  await expect(kind.getByRole('status').filter({ hasText: 'now in use' })).toHaveText(
    'Template version 1 is now in use.',
  );
  await expect(kind).toContainText('In use: template version 1.');
  await expect(kind.getByRole('row', { name: /Version 1 \(in use\)/ })).toContainText('Our approval letter.docx');

  // The next letter is made from it, and the register says so.
  await rpcOrThrow(page, 'documents:issue', { kind: 'letter-approval', subjectId: setUp.approvalItem });
  const register = (await rpcOrThrow(page, 'documents:register', {})) as RegisterPage;
  // Both were issued at the same moment by the test's fixed clock, so their order in the register is not fixed.
  expect(register.documents.map((d) => d.template).sort()).toEqual(['Built-in template', 'Template version 1']);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Issued documents' }).click();
  const letters = page.getByRole('row', { name: /Approval letter/ });
  await expect(letters).toHaveCount(2);
  await expect(letters.filter({ hasText: 'Template version 1' })).toHaveCount(1);
  await expect(letters.filter({ hasText: 'Built-in template' })).toHaveCount(1);
});

test('a protective marking typed while another seat changed the settings is refused, kept, and saved again', async ({
  page,
}) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents and Word templates' })).toBeVisible();
  const marking = page.getByLabel('Marking printed in the header of every document made from a template');
  await marking.fill('OFFICIAL');
  // Another seat saves meanwhile; the window hears of it and reads the settings again.
  const { version } = (await rpcOrThrow(page, 'settings:get', {})) as { version: number };
  const reread = page.waitForResponse(
    (response) => response.url().endsWith('/rpc') && (response.request().postData() ?? '').includes('"settings:get"'),
  );
  await rpcOrThrow(page, 'settings:update', { version, protectiveMarking: 'OFFICIAL-SENSITIVE PERSONAL' });
  await reread;

  await page.getByRole('button', { name: 'Save the marking' }).click();
  await expect(page.getByText(/changed the settings at .*Nothing has been saved/)).toBeVisible();
  await expect(marking).toHaveValue('OFFICIAL');
  expect(((await rpcOrThrow(page, 'settings:get', {})) as { protectiveMarking: string }).protectiveMarking).toBe(
    'OFFICIAL-SENSITIVE PERSONAL',
  );
  // Seen, and saved again on purpose.
  await page.getByRole('button', { name: 'Save the marking' }).click();
  await expect(page.getByText('The marking is saved.')).toBeVisible();
  expect(((await rpcOrThrow(page, 'settings:get', {})) as { protectiveMarking: string }).protectiveMarking).toBe(
    'OFFICIAL',
  );
});
