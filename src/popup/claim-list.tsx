import type { ClaimEntry } from '../shared/article-view';
import type { Placement } from './placement';

interface Props {
  claims: ClaimEntry[];
  placement: Placement;
  onShow: (claimId: string) => void;
}

export function ClaimList({ claims, placement, onShow }: Props) {
  if (claims.length === 0) return <p class="empty">No numeric or territorial claims found.</p>;
  return (
    <ul class="list">
      {claims.map((claim) => {
        const placed = placement(claim.id);
        return (
          <li
            key={claim.id}
            class="item"
            data-testid="claim"
            data-placed={placed === undefined ? undefined : String(placed)}
          >
            <button type="button" class="item-text" title={placed === false ? undefined : 'Show in page'} onClick={() => onShow(claim.id)}>
              {claim.segments.map((segment, index) =>
                segment.quantity ? <strong key={index}>{segment.text}</strong> : <span key={index}>{segment.text}</span>,
              )}
            </button>
            <p class="meta">
              <span class={claim.claimantName ? 'who' : 'who article'}>{claim.claimantName ?? 'the article'}</span>
              {claim.kinds.map((kind) => (
                <span key={kind} class={`badge claim-${kind}`}>
                  {kind}
                </span>
              ))}
              <span class={`status status-${claim.status}`}>{claim.status}</span>
              {placed === false && <span class="not-found">not found on page</span>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
