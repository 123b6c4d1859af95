import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { BankHolidaysForm } from './bank-holidays-form';
import { ClockPeriodsForm } from './clock-periods-form';
import { QuorumForm } from './quorum-form';

/** The rules the service may change: quorum, clock periods and bank holidays. Every change is audited. */
export function RulesSettingsPage() {
  const settings = useRead('settings:get', {});
  return (
    <>
      <h1>Rules and clocks</h1>
      <LoadState query={settings} what="the settings">
        {(data) => (
          <>
            <QuorumForm quorum={data.quorum} />
            <ClockPeriodsForm clocks={data.clocks} />
            <BankHolidaysForm changes={data.bankHolidays} />
          </>
        )}
      </LoadState>
    </>
  );
}
