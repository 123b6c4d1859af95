import { useState } from 'react';
import { TextField } from '../../components/fields';
import { isNetworkSeat, rememberSeatName, storedSeatName } from '../../api/network-bridge';

/**
 * On a seat connected to the service over the network, the name of this
 * computer: the administrator sees it among the signed-in seats and the audit
 * trail records it beside the computer's address. Kept on this computer only.
 */
export function SeatNameField() {
  const [name, setName] = useState(storedSeatName);
  if (!isNetworkSeat()) return null;
  return (
    <TextField
      id="seat-name"
      label="This computer’s name"
      hint="So the administrator can tell the computers apart, for example “Panel room laptop”. Kept on this computer."
      width="medium"
      autoComplete="off"
      value={name}
      onChange={(value) => {
        setName(value);
        rememberSeatName(value);
      }}
    />
  );
}
