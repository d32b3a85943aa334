/**
 * Figures given by more than one source: each measure with every claimant's
 * figure side by side, marked contested where they cannot all hold. A figure is
 * a button that scrolls the page to the claim, as in the claims list.
 */
import type { FigureGroup } from '../shared/contested-figures';
import { t } from '../shared/i18n';

interface Props {
  groups: FigureGroup[];
  onShow: (claimId: string) => void;
}

export function ContestedList({ groups, onShow }: Props) {
  return (
    <>
      <p class="voices-intro">{t('contestedIntro')}</p>
      <ul class="list">
        {groups.map((group) => (
          <li key={group.claims[0].claimId} class="item figure-group" data-testid="figure-group" data-contested={String(group.contested)}>
            <p class="figure-measure">
              <strong>{group.label}</strong>{' '}
              <span class={group.contested ? 'badge figure-contested' : 'badge'}>{t(group.contested ? 'figuresContested' : 'figuresConsistent')}</span>
            </p>
            <ul class="figures">
              {group.claims.map((claim) => (
                <li key={claim.claimId} data-testid="figure">
                  <button type="button" class="item-text" title={t('showInPage')} onClick={() => onShow(claim.claimId)}>
                    <span class={claim.claimantName ? 'who' : 'who article'}>{claim.claimantName ?? t('claimByArticle')}</span>
                    {': '}
                    <strong>{claim.value}</strong>
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
