import { hydrateRoot } from 'react-dom/client';
import { ChartIsland, type ChartIslandProps } from '@/components/figures/ChartIsland';
import { islandProps } from './shared/props';

/** A chart near the viewport: hydrate the static slot; the Recharts view loads as its own chunk. */
export function mount(element: HTMLElement) {
  const root = element.querySelector<HTMLElement>(':scope > [data-island-root]');
  if (!root) throw new Error('chart island: no [data-island-root]');
  hydrateRoot(root, <ChartIsland {...islandProps<ChartIslandProps>(element)} />);
}
