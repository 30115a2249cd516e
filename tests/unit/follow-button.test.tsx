import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowButton } from '../../components/follow/FollowButton';
import { researcher } from './sample-results';

afterEach(cleanup);

describe('FollowButton (popup and full profile)', () => {
  it('shows the follow state on the button and the follower count beside it, never "Following · 0"', async () => {
    const client = {
      followState: async () => ({ following: false, followers: null }),
      follow: async () => ({ following: true, followers: 0 }),
      unfollow: async () => ({ following: false, followers: 0 }),
    };
    render(<FollowButton summary={researcher()} client={client} />);
    const button = await screen.findByRole('button', { name: 'Follow' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    expect(screen.getByText('0 followers')).toBeTruthy();
    fireEvent.click(button);
    expect(await screen.findByRole('button', { name: 'Following' })).toBeTruthy();
    expect(screen.queryByText(/·/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    // Undo sits apart from the button: the follow group spaces its items.
    expect(screen.getByRole('button', { name: 'Following' }).parentElement!.className).toBe('follow');
  });
});
