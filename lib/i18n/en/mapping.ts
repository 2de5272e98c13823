import type { Shape } from '../shape';
import type { mapping as zh } from '../zh/mapping';

export const mapping: Shape<typeof zh> = {
  mapping: {
    title: 'Column mapping',
    intro:
      "Redline does not know this file's header. Choose, for each field, the file's column that holds it (suggested from the column names and values). The mapping is saved for the shop when you import, and later files with this header are read by themselves.",
    kind: 'File kind',
    platform: 'Platform',
    required: 'required',
    none: '(none)',
    example: 'e.g. {value}',
    noExample: 'no example value',
    columnFor: 'Column for "{field}"',
    oneOf: 'An after-sales file needs at least one of intervention status, after-sales status or intervened (yes/no).',
    missing: 'Still missing: {fields}',
    interventionTitle: 'Which values mean "the platform stepped in"?',
    interventionHint:
      'Tick the values of column "{column}" that mean the platform intervened; the number is how often each occurs in the file.',
    interventionNoColumn:
      'Choose a column for intervention status or after-sales status first; its values are listed here.',
    interventionNoValues:
      'This column has too many values, or none, to tick one by one; choose a status column with few values.',
    valueCount: '{value} ({count, number})',
    apply: 'Preview with this mapping',
    applied: 'Read with the column mapping. Importing saves it.',
    sample: 'First rows of the file',
    orders: {
      orderNo: 'Order number',
      paidAt: 'Payment time',
      createdAt: 'Order time',
      shippedAt: 'Shipping time',
      receivedAt: 'Receipt confirmed',
      status: 'Order status',
      amount: 'Amount paid',
      product: 'Product',
      courier: 'Courier',
    },
    afterSales: {
      caseNo: 'Case number',
      orderNo: 'Order number',
      appliedAt: 'Application time',
      completedAt: 'Completion time',
      status: 'After-sales status',
      interventionStatus: 'Intervention status',
      interventionFlag: 'Intervened (yes/no)',
      platformInitiatedFlag: 'Platform-initiated (yes/no)',
      type: 'Case type',
      reason: 'Reason',
      product: 'Product',
      deadlineAt: 'Evidence deadline',
      amount: 'Refund amount',
      responsible: 'Responsible party',
    },
  },
  mismatch: {
    text: 'This file is a {file} export, but the shop "{shop}" is a {shopPlatform} shop: the import would be refused.',
    useShop: 'Import into "{shop}" instead',
    newShop: 'Import into a new {platform} shop',
    newShopText:
      'This file is a {file} export, but the new shop "{shop}" will be a {shopPlatform} shop, as its first file is: a shop has one platform, so this file would be refused. Remove it and import it into a shop of its own platform.',
  },
  savedMappings: {
    title: 'Saved column mappings',
    intro:
      'Column mappings chosen when importing files with a header Redline did not know. Files with the same header are read with them; once one is removed, such files must be mapped again.',
    none: 'No saved column mappings yet.',
    header: 'Header',
    headerShort: '{shown} … ({n, plural, one {# column} other {# columns}})',
    kind: 'Kind',
    platform: 'Platform',
    savedAt: 'Saved',
    fields: 'Field → column',
    interventionValues: 'Values meaning intervention',
    remove: 'Remove',
    removeLabel: 'Remove the column mapping of header "{header}"',
    removed: 'Removed.',
    missing: 'No such column mapping (it may have been removed).',
  },
};
