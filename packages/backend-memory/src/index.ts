/**
 * Placeholder: this package has no public API yet (see its README).
 *
 * @since 0.1.0
 */

/**
 * The package's state: nothing is implemented yet, so importing it gives only this marker.
 *
 * @since 0.1.0
 * @category status
 */
export const implemented = false as const
