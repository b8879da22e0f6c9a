/**
 * Two offices, two data folders: the police (A) and a crisis centre (B) keep one timeline of a
 * case by passing encrypted bundles both ways; a correction by A reaches B; B's internal entries
 * never reach A; a referral from A is accepted by B and A sees the answer; a send to an agency on
 * the case's must-never list is refused.
 */
import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { createCase, EN, entryCard, startEntry } from '../pages/casePages';
import { setUpInEnglish } from '../pages/shell';
import {
  addPartnerFromCard,
  openBundle,
  ownFingerprint,
  recordConsent,
  savePartnerCard,
  sendCase,
  SHARING,
  takeIn,
  timelineText,
} from '../pages/sharing';

const POLICE = 'Almaly District Police';
const CRISIS = 'Shanyrak Crisis Centre';
const PASS = 'bahar-2026-kyzyl';

test('police and crisis centre keep one timeline by bundles, both ways', async ({ launch }) => {
  test.setTimeout(240_000);
  const a = await launch();
  const b = await launch();
  await setUpInEnglish(a, { agency: POLICE, staff: 'Aigerim Seitkali' });
  await setUpInEnglish(b, { agency: CRISIS, staff: 'Dana Omarova', kind: 'Crisis centre' });
  const file = (name: string) => join(a.dataDir, name);

  await test.step('B adds A from its partner card, after comparing the fingerprint', async () => {
    const fingerprintA = await ownFingerprint(a.page);
    await savePartnerCard(a, file('police.caseline-partner'));
    await addPartnerFromCard(b, file('police.caseline-partner'), POLICE, fingerprintA);
  });

  await test.step('A opens a case, records consent, and sends it to B, who first adds B as partner', async () => {
    await savePartnerCard(b, file('crisis.caseline-partner'));
    await addPartnerFromCard(a, file('crisis.caseline-partner'), CRISIS, await ownFingerprint(b.page));
    await a.page.getByRole('link', { name: 'Cases' }).click();
    await createCase(a.page, EN, [
      { role: 'victim', name: 'Saule Bekova' },
      { role: 'harmCauser', name: 'Marat Bekov' },
    ]);
    const d = await startEntry(a.page, EN, EN.kinds.report, 'Neighbour called 102: shouting in flat 12.');
    await d.getByLabel(EN.fields.channel).selectOption({ label: EN.fields.phone102 });
    await d.getByRole('button', { name: EN.saveEntry }).click();
    await expect(entryCard(a.page, 'shouting in flat 12')).toBeVisible();
    await recordConsent(a.page, CRISIS);
    await sendCase(a, CRISIS, PASS, file('a1.caseline'));
  });

  await test.step('B receives it as a new case, the police reference kept as an alias', async () => {
    await openBundle(b, file('a1.caseline'), PASS);
    await expect(b.page.getByRole('heading', { name: `Bundle from ${POLICE}` })).toBeVisible();
    await expect(b.page.getByRole('list', { name: 'Entries' })).toContainText('2 new');
    await takeIn(b.page, 2);
    await expect(entryCard(b.page, 'shouting in flat 12')).toBeVisible();
    await expect(
      b.page.getByText(/Known at other agencies as POL-\d{4}-0001 \(Almaly District Police\)/),
    ).toBeVisible();
  });

  await test.step('B writes on the case, one entry internal to B, and sends back to A', async () => {
    let d = await startEntry(b.page, EN, 'Crisis-centre intake', 'Came with two children; needs shelter.');
    await d.getByRole('button', { name: EN.saveEntry }).click();
    await expect(d).toBeHidden();
    d = await startEntry(b.page, EN, 'Note', 'Psychologist: internal assessment notes.');
    await d.getByRole('radio', { name: 'My agency only' }).check();
    await d.getByRole('button', { name: EN.saveEntry }).click();
    await expect(entryCard(b.page, 'internal assessment notes')).toBeVisible();
    await recordConsent(b.page, POLICE);
    await sendCase(b, POLICE, PASS, file('b1.caseline'));
  });

  await test.step('A receives it into the same case: identical timelines, without B’s internal entry', async () => {
    await openBundle(a, file('b1.caseline'), PASS);
    await expect(a.page.getByText(/This is your case POL-\d{4}-0001\./)).toBeVisible();
    // Only what A does not hold yet: B's intake and B's consent; B's internal note stays at B.
    await takeIn(a.page, 2);
    const onB = (await timelineText(b.page)).filter((line) => !line.includes('internal assessment notes'));
    await expect.poll(() => timelineText(a.page)).toEqual(onB);
    await expect(entryCard(a.page, 'internal assessment notes')).toHaveCount(0);
  });

  await test.step('only the author corrects: A’s correction reaches B; B may only respond to A’s entry', async () => {
    const card = entryCard(b.page, 'shouting in flat 12');
    await expect(card.getByRole('button', { name: EN.correct })).toHaveCount(0);
    await expect(card.getByRole('button', { name: SHARING.respond })).toBeVisible();

    await entryCard(a.page, 'shouting in flat 12').getByRole('button', { name: EN.correct }).click();
    const d = a.page.getByRole('dialog');
    await d.getByLabel(EN.narrative).fill('Neighbour called 102: shouting and a child crying in flat 12.');
    await d.getByLabel(EN.fields.reason).fill('Caller’s second statement');
    await d.getByRole('button', { name: EN.saveEntry }).click();
    await sendCase(a, CRISIS, PASS, file('a2.caseline'));
    await openBundle(b, file('a2.caseline'), PASS);
    await takeIn(b.page, 1);
    const corrected = entryCard(b.page, 'a child crying in flat 12');
    await expect(corrected).toContainText(EN.corrected);
    await expect(corrected).toContainText('Corrected: Caller’s second statement');
  });

  await test.step('a referral from A is accepted by B, and A sees the answer', async () => {
    await a.page.getByRole('button', { name: SHARING.refer }).click();
    const d = a.page.getByRole('dialog', { name: 'Refer the case to a partner' });
    await expect(d.getByLabel('What the partner should know')).toHaveValue(/No risk assessment yet\./);
    await d.getByLabel(SHARING.passphrase, { exact: true }).fill(PASS);
    await d.getByLabel(SHARING.passphraseAgain).fill(PASS);
    await a.dialogs.nextSave(file('a3.caseline'));
    await d.getByRole('button', { name: SHARING.saveReferral }).click();
    await expect(d.getByRole('status')).toContainText('Saved');
    await d.getByRole('button', { name: SHARING.close }).click();
    await expect(a.page.getByRole('list', { name: 'Referrals' })).toContainText(
      `To ${CRISIS}: awaiting an answer by`,
    );

    await openBundle(b, file('a3.caseline'), PASS);
    await takeIn(b.page, 1);
    await b.page
      .getByRole('list', { name: 'Referrals' })
      .getByRole('button', { name: SHARING.accept })
      .click();
    const answer = b.page.getByRole('dialog', { name: `Accept the referral from ${POLICE}` });
    await answer.getByLabel(SHARING.note).fill('Intake booked for tomorrow 10:00.');
    await answer.getByRole('button', { name: SHARING.acceptSave }).click();
    await sendCase(b, POLICE, PASS, file('b2.caseline'));

    await openBundle(a, file('b2.caseline'), PASS);
    await takeIn(a.page, 1);
    await expect(a.page.getByRole('list', { name: 'Referrals' })).toContainText(`To ${CRISIS}: accepted`);
    await expect(entryCard(a.page, 'Intake booked for tomorrow')).toContainText('Referral accepted');
  });

  await test.step('after the correction and the referral, both timelines are still the same', async () => {
    const onB = (await timelineText(b.page)).filter((line) => !line.includes('internal assessment notes'));
    // Both rounds left their mark: the corrected text, the referral and its answer.
    expect(onB.join('\n')).toContain('a child crying in flat 12');
    expect(onB.join('\n')).toContain('Intake booked for tomorrow 10:00.');
    await expect.poll(() => timelineText(a.page)).toEqual(onB);
  });

  await test.step('a send to an agency on the must-never list is refused, and says why', async () => {
    await a.page.getByRole('button', { name: SHARING.neverAdd }).click();
    const d = a.page.getByRole('dialog', { name: 'An agency that must never receive this case' });
    await d.getByLabel(SHARING.neverReason).fill('The father of the person who caused harm works there.');
    await d.getByRole('button', { name: SHARING.neverSave }).click();
    await a.page.getByRole('button', { name: SHARING.send }).click();
    const send = a.page.getByRole('dialog', { name: 'Send the case to partners' });
    const crisis = send.getByRole('checkbox', { name: new RegExp(CRISIS) });
    await crisis.check();
    await expect(send.getByText('it is on this case’s must-never list')).toBeVisible();
    await send.getByLabel(SHARING.passphrase, { exact: true }).fill(PASS);
    await send.getByLabel(SHARING.passphraseAgain).fill(PASS);
    await send.getByRole('button', { name: SHARING.saveBundle }).click();
    await expect(send.getByRole('alert')).toHaveText(
      `Cannot send to ${CRISIS}: it is on this case’s must-never list.`,
    );
    expect(a.dialogs.shown.filter((title) => title === 'Save the case bundle')).toHaveLength(3);
  });
});
