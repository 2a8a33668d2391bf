import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { lazyComponent } from './lazyComponent';
import '../i18n/i18n';

function Greeting({ name }: { name: string }) {
  return <p>Hej {name}</p>;
}

describe('lazyComponent', () => {
  it('shows Laddar … until the chunk is there, then the component with its props', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const Lazy = lazyComponent(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    render(<Lazy name="Anna" />);
    expect(screen.getByRole('status')).toHaveTextContent('Laddar …');

    arrive(Greeting);

    expect(await screen.findByText('Hej Anna')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('renders at once, with no loading step, once the chunk has been loaded', async () => {
    const Lazy = lazyComponent(async () => Greeting);
    await Lazy.preload();
    render(<Lazy name="Bo" />);
    expect(screen.getByText('Hej Bo')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('loads the chunk once, however many times it is shown', async () => {
    let loads = 0;
    const Lazy = lazyComponent(async () => {
      loads += 1;
      return Greeting;
    });
    render(
      <>
        <Lazy name="Cai" />
        <Lazy name="Dan" />
      </>,
    );
    expect(await screen.findByText('Hej Cai')).toBeInTheDocument();
    expect(screen.getByText('Hej Dan')).toBeInTheDocument();
    expect(loads).toBe(1);
  });
});
