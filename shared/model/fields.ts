import { z } from 'zod';

/**
 * The stricter rules the editor applies to a value before it reaches the document. The file format is
 * more lenient (a file with a bad FQDN still opens, and the validator reports it) but nothing typed into
 * the app may make a design worse. The commands enforce them (`commands/fieldLimits.ts` says which field
 * takes which), and the inspector checks a typed value against the same schema to show its message early.
 */

/** Topology Builder accepts only A-Z, a-z, 0-9 and hyphens in FQDNs (TB-FQDN-CHARSET). */
export const fqdnField = z
  .string()
  .trim()
  .min(1, { message: 'Enter an FQDN, for example pool01.contoso.com' })
  .max(255, { message: 'An FQDN has at most 255 characters' })
  .refine((value) => !value.includes('_'), { message: 'An FQDN cannot contain "_" (use letters, digits and hyphens)' })
  .refine((value) => /^[A-Za-z0-9.-]+$/.test(value), {
    message: 'An FQDN may contain only letters A-Z, digits, hyphens and dots',
  })
  .refine((value) => value.split('.').length >= 2, {
    message: 'Enter a fully qualified name with a domain, such as fe01.contoso.com',
  })
  .refine((value) => value.split('.').every((label) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label)), {
    message: 'Each part of an FQDN is 1 to 63 characters and cannot start or end with a hyphen',
  });

/**
 * A DNS domain the planner gives for new names (`contoso.com`), by the FQDN's rules; empty means "not set".
 */
export const optionalDomainField = z
  .string()
  .trim()
  .max(253, { message: 'A domain has at most 253 characters' })
  .refine((value) => !value.includes('_'), { message: 'A domain cannot contain "_" (use letters, digits and hyphens)' })
  .refine((value) => /^[A-Za-z0-9.-]*$/.test(value), {
    message: 'A domain may contain only letters A-Z, digits, hyphens and dots',
  })
  .refine((value) => value === '' || value.split('.').length >= 2, {
    message: 'Enter a domain with a dot, such as contoso.com',
  })
  .refine(
    (value) =>
      value === '' || value.split('.').every((label) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label)),
    { message: 'Each part of a domain is 1 to 63 characters and cannot start or end with a hyphen' },
  );

export const nameField = z
  .string()
  .trim()
  .min(1, { message: 'Enter a name' })
  .max(200, { message: 'A name has at most 200 characters' });

export const userCountField = z
  .number({ message: 'Enter a number of people' })
  .int({ message: 'Enter a whole number of people' })
  .nonnegative({ message: 'A user count cannot be negative' })
  .max(10_000_000, { message: 'That is more people than any Lync deployment holds' });

export const capacityKbpsField = z
  .number({ message: 'Enter a capacity in kbps' })
  .positive({ message: 'A link capacity must be above 0 kbps' })
  .max(100_000_000, { message: 'Enter the capacity in kbps (at most 100,000,000)' });

export const latencyMsField = z
  .number({ message: 'Enter a latency in milliseconds' })
  .nonnegative({ message: 'Latency cannot be negative' })
  .max(10_000, { message: 'Enter the one-way latency in ms (at most 10,000)' });

export const percentField = z
  .number({ message: 'Enter a percentage' })
  .min(0, { message: 'A percentage cannot be negative' })
  .max(100, { message: 'A percentage cannot exceed 100' });

export const kbpsField = z
  .number({ message: 'Enter a bandwidth in kbps' })
  .nonnegative({ message: 'A bandwidth cannot be negative' })
  .max(100_000_000, { message: 'Enter the bandwidth in kbps (at most 100,000,000)' });

export const positiveCountField = z
  .number({ message: 'Enter a number' })
  .int({ message: 'Enter a whole number' })
  .min(1, { message: 'Enter at least 1' })
  .max(100_000, { message: 'Enter at most 100,000' });

/** A name that may be left empty (a user group's label). */
export const optionalNameField = z.string().trim().max(200, { message: 'A name has at most 200 characters' });

/** A design's notes: free text, as long as the format allows. */
export const notesField = z.string().trim().max(100_000, { message: 'Notes have at most 100,000 characters' });

/** Why a finding is accepted: the decision and who took it, as a change board would minute it. */
export const waiverReasonField = z
  .string()
  .trim()
  .min(1, { message: 'Give the reason this finding is accepted' })
  .max(2_000, { message: 'A reason has at most 2,000 characters' });

/** Who accepts a finding: a name, as a design's author is. */
export const waiverAuthorField = z
  .string()
  .trim()
  .min(1, { message: 'Name who accepts this finding' })
  .max(200, { message: 'A name has at most 200 characters' });
