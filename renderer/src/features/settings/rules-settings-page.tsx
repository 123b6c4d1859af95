import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { BankHolidaysForm } from './bank-holidays-form';
import { ClockPeriodsForm } from './clock-periods-form';
import { DbsRenewalForm } from './dbs-renewal-form';
import { DelayReasonsForm } from './delay-reasons-form';
import { PanelRoutingForm } from './panel-routing-form';
import { QuorumForm } from './quorum-form';
import { QuorumNoticeSection } from './quorum-notice';
import { RoutingNoticeSection } from './routing-notice';
import { SittingPatternForm } from './sitting-pattern-form';

/** The rules the service may change: quorum, the usual sitting pattern, clock periods, bank holidays, which cases go to panel, DBS renewal. Every change is audited. */
export function RulesSettingsPage() {
  const settings = useRead('settings:get', {});
  return (
    <>
      <h1>Rules and clocks</h1>
      <RoutingNoticeSection />
      <QuorumNoticeSection />
      <LoadState query={settings} what="the settings">
        {(data) => (
          <>
            <QuorumForm quorum={data.quorum} />
            <SittingPatternForm />
            <ClockPeriodsForm />
            <BankHolidaysForm changes={data.bankHolidays} version={data.version} />
            <PanelRoutingForm />
            <DbsRenewalForm />
            <DelayReasonsForm />
          </>
        )}
      </LoadState>
    </>
  );
}
