/**
 * Mainland China resident identity numbers (GB 11643-1999): 17 digits and a check character (0-9 or X)
 * computed from them. Catches typos before an operator spends time on the application.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = "10X98765432"

export function isValidResidentIdNumber(input: string): boolean {
  const id = input.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) {
    return false
  }
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0)
  return CHECK[sum % 11] === id[17]
}
