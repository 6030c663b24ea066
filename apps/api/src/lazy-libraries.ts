// Libraries that only some requests use (spreadsheets in and out, CSV, QR codes, SMTP), loaded on
// first use: importing them at start cost about 450 ms of a restart whose budget is 3 s
// (exceljs alone 380 ms). Node caches a module once loaded, so later calls cost nothing.
export const loadExcel = async () => (await import('exceljs')).default;
export const loadPapa = async () => (await import('papaparse')).default;
export const loadQrCode = async () => (await import('qrcode')).default;
export const loadNodemailer = async () => (await import('nodemailer')).default;
