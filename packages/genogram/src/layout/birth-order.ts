/**
 * The date that places a person among their brothers and sisters (DOMAIN.md: children in birth order, oldest on the
 * left): their birth; for a pregnancy loss with no birth date, the date it ended (its date of death); for a pregnancy,
 * its expected date. '9999' (last) when none is recorded.
 */
export function birthOrderDate(
  p: { dateOfBirth?: string; dateOfDeath?: string; pregnancyOutcome?: string; expected?: string } | undefined,
): string {
  if (!p) return '9999';
  const loss = p.pregnancyOutcome && p.pregnancyOutcome !== 'ongoing' ? p.dateOfDeath : undefined;
  return p.dateOfBirth ?? loss ?? p.expected ?? '9999';
}
