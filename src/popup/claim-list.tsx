import type { ClaimKind, ClaimStatus } from '../engine/types';
import type { ClaimEntry } from '../shared/article-view';
import { t, type MessageKey } from '../shared/i18n';
import { BatchedList } from './batched-list';
import type { Placement } from './placement';

const KIND_LABEL: Record<ClaimKind, MessageKey> = { numeric: 'claimKindNumeric', territorial: 'claimKindTerritorial' };
const STATUS_LABEL: Record<ClaimStatus, MessageKey> = {
  asserted: 'claimStatusAsserted',
  claimed: 'claimStatusClaimed',
  expected: 'claimStatusExpected',
  denied: 'claimStatusDenied',
};

interface Props {
  claims: ClaimEntry[];
  placement: Placement;
  onShow: (claimId: string) => void;
}

/**
 * Claims grouped by kind, territory first: "who controls what" is what a reader
 * scans for, and a claim that is both ("in control of 163 districts") belongs there.
 */
const GROUPS: Array<{ kind: ClaimKind; heading: MessageKey }> = [
  { kind: 'territorial', heading: 'claimGroupTerritorial' },
  { kind: 'numeric', heading: 'claimGroupNumeric' },
];

function groupOf(claim: ClaimEntry): ClaimKind {
  return claim.kinds.includes('territorial') ? 'territorial' : 'numeric';
}

export function ClaimList({ claims, placement, onShow }: Props) {
  if (claims.length === 0) return <p class="empty">{t('noClaims')}</p>;
  return (
    <>
      {GROUPS.map(({ kind, heading }) => {
        const members = claims.filter((claim) => groupOf(claim) === kind);
        if (members.length === 0) return null;
        return (
          <div key={kind} class="claim-group" data-testid={`claim-group-${kind}`}>
            <h3>
              {t(heading)} <span class="total">{members.length}</span>
            </h3>
            <BatchedList
              items={members}
              class="list"
              testId={`claims-${kind}`}
              renderItem={(claim) => <ClaimItem key={claim.id} claim={claim} placed={placement(claim.id)} onShow={onShow} />}
            />
          </div>
        );
      })}
    </>
  );
}

function ClaimItem({ claim, placed, onShow }: { claim: ClaimEntry; placed: boolean | undefined; onShow: (claimId: string) => void }) {
  return (
    <li class="item" data-testid="claim" data-placed={placed === undefined ? undefined : String(placed)}>
      <button type="button" class="item-text" title={placed === false ? undefined : t('showInPage')} onClick={() => onShow(claim.id)}>
        {claim.segments.map((segment, index) =>
          segment.quantity ? <strong key={index}>{segment.text}</strong> : <span key={index}>{segment.text}</span>,
        )}
      </button>
      <p class="meta">
        <span class={claim.claimantName ? 'who' : 'who article'}>{claim.claimantName ?? t('claimByArticle')}</span>
        {claim.kinds.map((kind) => (
          <span key={kind} class={`badge claim-${kind}`}>
            {t(KIND_LABEL[kind])}
          </span>
        ))}
        <span class={`status status-${claim.status}`}>{t(STATUS_LABEL[claim.status])}</span>
        {placed === false && <span class="not-found">{t('notFoundOnPage')}</span>}
      </p>
    </li>
  );
}
