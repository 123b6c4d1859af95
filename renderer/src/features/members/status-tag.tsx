import { MEMBER_STATUS_LABELS, type MemberStatus } from '../../../../shared/schemas/member';

export function StatusTag({ status }: { status: MemberStatus }) {
  return <span className={`tag tag--${status}`}>{MEMBER_STATUS_LABELS[status]}</span>;
}
