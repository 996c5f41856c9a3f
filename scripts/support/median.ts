/** The median of measurements (the upper one of the two middle values for an even count); the array is left as it is. */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
