const SUGGEST_CSV = '工作簿太大时，请改用后台的 CSV 导出，或按时间分段导出。';

/** What the import says about a file or a row, keyed by the message's code (lib/import/messages.ts). */
export const importMessages = {
  importMessage: {
    file: {
      limit: {
        fileBytes: '文件「{file}」有 {value, number} MB，超过单个文件 {limit, number} MB 的上限，整个文件未导入。',
        xlsxBytes: `文件「{file}」有 {value, number} MB，超过工作簿 {limit, number} MB 的上限，整个文件未导入。${SUGGEST_CSV}`,
        rows: '文件「{file}」超过 {limit, number} 行的上限（已读到第 {value, number} 行），整个文件未导入。',
        sheetRows: `文件「{file}」的工作表超过 {limit, number} 行的上限（第 {value, number} 行），整个文件未导入。${SUGGEST_CSV}`,
        columns: '文件「{file}」有 {value, number} 列，超过 {limit, number} 列的上限，整个文件未导入。',
        cellChars: '文件「{file}」有一个单元格长 {value, number} 个字符，超过 {limit, number} 的上限，整个文件未导入。',
        lineChars: '文件「{file}」有一行超过 {limit, number} 个字符（{value, number}），整个文件未导入。',
        leadingBlankLines: '文件「{file}」在第一行内容之前有超过 {limit, number} 个空行，整个文件未导入。',
        xlsxPartBytes: `文件「{file}」的一个工作表解压后有 {value, number} MB，超过 {limit, number} MB 的上限，整个文件未导入。${SUGGEST_CSV}`,
        xlsxSmallPartBytes: `文件「{file}」的工作簿结构部分解压后有 {value, number} MB，不像正常的导出文件，整个文件未导入。${SUGGEST_CSV}`,
        sharedStringsPartBytes: `文件「{file}」的共享文本表解压后有 {value, number} MB，超过 {limit, number} MB 的上限，整个文件未导入。${SUGGEST_CSV}`,
        sharedStrings: `文件「{file}」的共享文本超过 {limit, number} 条的上限（{value, number}），整个文件未导入。${SUGGEST_CSV}`,
        sharedStringBytes: `文件「{file}」的共享文本共 {value, number} MB，超过 {limit, number} MB 的上限，整个文件未导入。${SUGGEST_CSV}`,
        xlsxTotalBytes: `文件「{file}」解压后超过 {limit, number} MB（已读 {value, number} MB），整个文件未导入。${SUGGEST_CSV}`,
        sheets: `文件「{file}」有 {value, number} 个工作表，超过 {limit, number} 的上限，整个文件未导入。${SUGGEST_CSV}`,
        zipEntries: `文件「{file}」的压缩包里有 {value, number} 个部分，超过 {limit, number} 的上限，整个文件未导入。${SUGGEST_CSV}`,
      },
      line_too_long:
        '文件「{file}」第 {line, number} 行超过 {limit, number} 个字符，不像平台导出的表格（可能是引号没有闭合或文件已损坏）。整个文件未导入。',
      too_many_columns:
        '文件「{file}」第 {line, number} 行有 {columns, number}{orMore, select, yes { 以上} other {}} 列，超过 {limit, number} 列的上限。整个文件未导入。',
      header_too_wide:
        '文件「{file}」的表头（第 {line, number} 行）有 {columns, number} 列，超过 {limit, number} 列的上限。整个文件未导入。',
      cell_too_long:
        '文件「{file}」第 {line, number} 行有一个单元格长 {chars, number} 个字符，超过 {limit, number} 的上限。整个文件未导入。',
      blank_lines_only: '文件「{file}」只有 {lines, number} 个空行，没有表头和数据。',
      xlsx_incomplete:
        '文件「{file}」不完整：工作簿的结尾缺失或已损坏（下载被中断？）。整个文件未导入，请重新导出后再导入。{detail, select, none {} other {（{detail}）}}',
      xlsx_part_too_large: `文件「{file}」中的「{part}」解压后有 {size, number} MB，超过 {limit, number} MB 的上限，整个文件未导入。${SUGGEST_CSV}`,
      encrypted: '文件「{file}」设置了密码（已加密），无法读取。请在后台导出时不设密码，再导入。',
      upload_interrupted: '文件「{file}」上传中断，整个文件未导入。请重试。',
      import_stopped: '导入文件「{file}」时读取过程意外终止（可能超出内存上限），已撤销本次导入，之前的数据不受影响。',
      empty: '文件「{file}」是空的，没有可导入的内容。',
      not_csv_or_xlsx: '文件「{file}」不是 CSV 或 xlsx 表格（内容是二进制数据）。请从平台后台重新导出订单或售后表格。',
      numbers:
        '文件「{file}」是 Apple Numbers 文稿。请在 Numbers 中选择“导出为”→ CSV 或 Excel（.xlsx），再导入导出的文件。',
      html: '文件「{file}」其实是一个网页（HTML），不是表格，只是扩展名写成了表格。请从平台后台重新导出 CSV 或 xlsx。',
      pdf: '文件「{file}」是 PDF 文档，不是表格。请从平台后台导出 CSV 或 xlsx 格式的订单或售后表。',
      office_document:
        '文件「{file}」是 Word 或 PowerPoint 文档，不是表格。请从平台后台导出 CSV 或 xlsx 格式的订单或售后表。',
      spreadsheet_xml: '文件「{file}」是 Excel 2003 XML 表格。请在 Excel 中另存为 .xlsx 或 CSV 后再导入。',
      archive_here:
        '文件「{file}」是一个压缩包，不是 xlsx 工作簿。请直接导入这个压缩包（.zip），Redline 会逐个导入里面的表格。',
      archive_no_exports: '压缩包「{file}」里没有 CSV 或 xlsx 文件（里面有：{found}）。',
      archive_damaged: '压缩包「{file}」已损坏或不完整（{detail}），可能下载中断。请重新下载后再导入。',
      archive_too_large: '压缩包「{file}」解压后太大（{part} 超出上限）。请分开导出或直接导入其中的文件。',
      legacy_xls: '文件「{file}」是旧版 Excel .xls 格式，请在 Excel 中另存为 .xlsx 或 CSV 后再导入。',
      bad_xlsx: '文件「{file}」不是有效的 xlsx 工作簿（{detail}）。',
      unknown_encoding: '文件「{file}」既不是 UTF-8 也不是 GBK/GB18030 编码的文本，无法读取。',
      bad_bytes: '文件「{file}」第 {line, number} 行含有不属于 {encoding} 编码的字节，文件可能已损坏。整个文件未导入。',
      truncated_character:
        '文件「{file}」在第 {line, number} 行的一个 {encoding} 字符中间结束，文件不完整（可能下载或复制时被截断）。整个文件未导入，请重新导出。',
      truncated_row:
        '文件「{file}」在第 {line, number} 行中间结束（该行只有 {found, number} 列，表头有 {expected, number} 列），文件不完整。整个文件未导入，请重新导出。',
      unclosed_quote:
        '文件「{file}」第 {line, number} 行的引号没有闭合，直到文件末尾，文件不完整或已损坏。整个文件未导入。',
      unknown_header:
        '文件「{file}」前 {scanned, number} 行里没有认出{platform, select, any {} other {{platform}的}}订单或售后表头。找到的 {columns, number} 列：{found}。订单表至少要有订单号和支付时间，售后表要有订单号、申请时间和介入状态（或售后状态）。可以在导入页面为每一列选择它的含义（会为这个店铺记住），或在命令行用 --kind 和 --map 字段=列名 指定。',
      no_rows: '文件「{file}」只有表头，没有数据行。',
      no_row_imported:
        '文件「{file}」的 {rows, number} 行数据没有一行能导入（原因见下方的行错误），店铺数据没有变化。请检查导出的列或日期格式后重新导出。',
      already_imported: '文件「{file}」已于 {at} 导入到店铺「{shop}」，内容完全相同，这次没有改动任何数据。',
      shop_exists: '文件「{file}」没有导入：已有名为「{shop}」的店铺。请在列表中选择它，或给新店铺换一个名称。',
      platform_mismatch:
        '文件「{file}」是{filePlatform}的导出，但店铺「{shop}」是{shopPlatform}店铺。请选择正确的店铺。',
      internal: '导入文件「{file}」时出错，已撤销本次导入，之前的数据不受影响。',
      too_large:
        '文件「{file}」有 {size, number} MB，超过单个文件 {limit, number} GB 的上限。请按时间分段导出后再导入。',
      upload_truncated:
        '文件「{file}」只收到 {received, number} / {expected, number} 字节，上传不完整，整个文件未导入。请重试。',
      upload_stalled:
        '文件「{file}」上传停止了（已收到 {received, number} 字节后 {seconds, number} 秒没有新数据），整个文件未导入。请检查网络后重试。',
    },
    row: {
      missing: '「{column}」列为空，该行需要它。',
      bad_date: '「{column}」列的值「{value}」不是日期时间（应为 2024-01-01 12:00:00 这样的格式）。',
      impossible_date: '「{column}」列的日期「{value}」不可能（应在 2000-01-01 至 {latest} 之间），这一行没有计入。',
      bad_money: '「{column}」列的值「{value}」不是金额，该行已导入但不含金额。',
      too_few_columns: '该行只有 {found, number} 列（表头有 {expected, number} 列），缺少「{column}」列。',
      imprecise_id:
        '「{column}」列的编号 {value} 在表格中被存成了数字，超过 15 位的部分已丢失，无法得到正确编号。请把该列设为文本后重新导出，或改用 CSV。',
    },
  },
};
