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

export function ClaimList({ claims, placement, onShow }: Props) {
  if (claims.length === 0) return <p class="empty">{t('noClaims')}</p>;
  return (
    <BatchedList
      items={claims}
      class="list"
      testId="claims"
      renderItem={(claim) => {
        const placed = placement(claim.id);
        return (
          <li
            key={claim.id}
            class="item"
            data-testid="claim"
            data-placed={placed === undefined ? undefined : String(placed)}
          >
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
      }}
    />
  );
}
