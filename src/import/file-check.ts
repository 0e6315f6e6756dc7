/**
 * Checks a file before any parser sees it: its size; what its first bytes say it is (a workbook is a zip,
 * `PK 03 04`; an encrypted workbook is an OLE compound file, `D0 CF 11 E0`, as is a legacy .xls); and, for
 * a zip, its central directory read with yauzl — the entries' declared uncompressed sizes, their ratio,
 * their number, and that it holds `xl/workbook.xml` — so that a zip bomb is refused before it is inflated.
 */
import { open, stat } from "node:fs/promises";
import yauzl from "yauzl";
import { ImportFileError } from "./problem.js";
import { megabytes, type ImportLimits } from "./limits.js";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function firstBytes(path: string, n: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buffer, 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function checkSize(path: string, file: string, limits: ImportLimits): Promise<number> {
  const { size } = await stat(path);
  if (size > limits.maxBytes)
    throw new ImportFileError(
      { file },
      "FILE_TOO_LARGE",
      `the file is ${megabytes(size)}, over the limit of ${megabytes(limits.maxBytes)}`,
      `文件大小 ${megabytes(size)}，超过上限 ${megabytes(limits.maxBytes)}`,
    );
  return size;
}

interface ZipEntry {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
}

function centralDirectory(path: string): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error("unreadable zip"));
      const entries: ZipEntry[] = [];
      zip.on("entry", (entry: yauzl.Entry) => {
        entries.push({
          fileName: entry.fileName,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
        });
        zip.readEntry();
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

/** A workbook: a zip of an xlsx, unencrypted, within the limits. */
export async function checkWorkbook(path: string, file: string, limits: ImportLimits): Promise<void> {
  await checkSize(path, file, limits);
  const head = await firstBytes(path, 8);
  if (head.length >= 8 && head.equals(OLE))
    throw new ImportFileError(
      { file },
      "ENCRYPTED_WORKBOOK",
      "the file is an encrypted (password-protected) workbook or a legacy .xls: save it in Excel as an unprotected .xlsx",
      "文件是加密（设有密码）的工作簿或旧版 .xls：请在 Excel 中另存为未加密的 .xlsx",
    );
  if (head.length < 4 || !head.subarray(0, 4).equals(ZIP))
    throw new ImportFileError(
      { file },
      "NOT_A_WORKBOOK",
      "the file is not an Excel workbook (.xlsx is a zip; this file's first bytes are not)",
      "文件不是 Excel 工作簿（.xlsx 文件应为 zip 格式）",
    );
  let entries: ZipEntry[];
  try {
    entries = await centralDirectory(path);
  } catch (error) {
    throw new ImportFileError(
      { file },
      "NOT_A_WORKBOOK",
      `the workbook's zip cannot be read (${(error as Error).message})`,
      "工作簿的 zip 结构无法读取",
    );
  }
  if (entries.length > limits.maxEntries)
    throw new ImportFileError(
      { file },
      "ZIP_BOMB",
      `the workbook holds ${entries.length} zip entries, over the limit of ${limits.maxEntries}`,
      `工作簿包含 ${entries.length} 个压缩条目，超过上限 ${limits.maxEntries}`,
    );
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio)
      throw new ImportFileError(
        { file, sheet: entry.fileName },
        "ZIP_BOMB",
        `${entry.fileName} inflates ${Math.round(ratio)}-fold (${megabytes(entry.uncompressedSize)}), over the bound of ${limits.maxRatio}: refused as a zip bomb`,
        `${entry.fileName} 解压后膨胀 ${Math.round(ratio)} 倍（${megabytes(entry.uncompressedSize)}），超过上限 ${limits.maxRatio}，视为压缩炸弹拒绝`,
      );
  }
  if (total > limits.maxUncompressedBytes)
    throw new ImportFileError(
      { file },
      "ZIP_BOMB",
      `the workbook declares ${megabytes(total)} uncompressed, over the bound of ${megabytes(limits.maxUncompressedBytes)}: refused as a zip bomb`,
      `工作簿解压后共 ${megabytes(total)}，超过上限 ${megabytes(limits.maxUncompressedBytes)}，视为压缩炸弹拒绝`,
    );
  if (!entries.some((e) => e.fileName === "xl/workbook.xml"))
    throw new ImportFileError(
      { file },
      "NOT_A_WORKBOOK",
      "the zip is not an Excel workbook (it has no xl/workbook.xml)",
      "该 zip 文件不是 Excel 工作簿（缺少 xl/workbook.xml）",
    );
}
