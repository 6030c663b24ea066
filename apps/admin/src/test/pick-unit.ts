// Choosing a unit in the unit picker (decision 38) as a user does: type part of its name in
// the combobox, wait for the server's answer (msw), click the option.
import { type BoundFunctions, type queries, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

export async function pickUnit(
  ui: UserEvent,
  label: string,
  typed: string,
  option: RegExp,
  scope: BoundFunctions<typeof queries> = screen,
) {
  const box = scope.getByRole('combobox', { name: label });
  await ui.clear(box);
  await ui.type(box, typed);
  await ui.click(await screen.findByRole('option', { name: option }));
}
