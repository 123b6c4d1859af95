import { useState } from 'react';
import { ChoiceGroup } from '../../components/choice-group';
import { PrintedRecoveryKey } from './printed-recovery-key';
import { RecoveryPassphraseForm } from './recovery-passphrase-form';

type Way = 'passphrase' | 'printed-key';

/** The two ways to recover the records: a passphrase the administrator chooses, or a key made and printed now. */
export function RecoveryChoice() {
  const [way, setWay] = useState<Way | ''>('');
  return (
    <>
      <ChoiceGroup
        id="recovery-way"
        type="radio"
        legend="How do you want to be able to recover the records?"
        options={[
          { value: 'passphrase', label: 'With a recovery passphrase that I choose' },
          { value: 'printed-key', label: 'With a recovery key made for me, to print or store' },
        ]}
        value={way}
        onChange={setWay}
      />
      {way === 'passphrase' ? <RecoveryPassphraseForm /> : null}
      {way === 'printed-key' ? <PrintedRecoveryKey /> : null}
    </>
  );
}
