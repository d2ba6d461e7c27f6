using System.IO.Compression;
using System.Text;
using Meic.Sdk.Errors;
using Meic.Sdk.Tables;
using Meic.Testing;

namespace Meic.Sdk.Tests.Tables;

/// <summary>The one table reader, on real files: encodings, separators, quotes, workbooks and every kind of bad input.</summary>
public sealed class TableReaderTests : IDisposable
{
    private readonly TempDir _dir = new("meic-table");

    public void Dispose() => _dir.Dispose();

    private string Bytes(string name, byte[] bytes) { var f = _dir.File(name); File.WriteAllBytes(f, bytes); return f; }

    private static InputException Refused(string path, string language = "en") => Should.Throw<InputException>(() => TableReader.Read(path, language));

    [Theory]
    [InlineData("utf8", "UTF-8")]
    [InlineData("utf8bom", "UTF-8 with BOM")]
    [InlineData("utf16le", "UTF-16 LE")]
    [InlineData("utf16be", "UTF-16 BE")]
    [InlineData("utf16nobom", "UTF-16 LE")]
    [InlineData("cp1252", "Windows-1252")]
    public void Should_detect_the_encoding_and_report_the_one_it_chose(string kind, string expected)
    {
        const string text = "nome;settore\nCittà Aperta;terzo settore\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = kind switch
        {
            "utf8" => Encoding.UTF8.GetBytes(text),
            "utf8bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf16nobom" => Encoding.Unicode.GetBytes(text),
            _ => Encoding.GetEncoding(1252).GetBytes(text),
        };
        var table = TableReader.Read(Bytes(kind + ".csv", bytes), "en");
        table.Encoding.ShouldBe(expected);
        table.Headers.ShouldBe(["nome", "settore"]);
        table.Rows.Single().Cells.ShouldBe(["Città Aperta", "terzo settore"]);
    }

    [Theory]
    [InlineData("a,b\n1,2\n", ',', "csv")]
    [InlineData("a;b\n1;2\n", ';', "csv")]
    [InlineData("a\tb\n1\t2\n", '\t', "tsv")]
    [InlineData("\"x,y\";b\n1;2\n", ';', "csv")]
    public void Should_detect_the_separator_from_the_header(string content, char separator, string format)
    {
        var table = TableReader.Read(_dir.Write("sep.csv", content), "en");
        table.Delimiter.ShouldBe(separator);
        table.Format.ShouldBe(format);
        table.Rows.Single().Cells.ShouldBe(["1", "2"]);
    }

    [Fact]
    public void Should_read_quoted_cells_with_separators_doubled_quotes_and_line_breaks_and_keep_each_rows_first_line()
    {
        var table = TableReader.Read(_dir.Write("q.csv", "a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\n\r\nlast,1\r\n"), "en");
        table.Rows.Count.ShouldBe(2);
        table.Rows[0].Cells.ShouldBe(["x, y", "say \"hi\"\nthere"]);
        table.Rows[0].Line.ShouldBe(2);
        table.Rows[1].Line.ShouldBe(5);
    }

    [Fact]
    public void Should_refuse_an_unterminated_quote_with_its_line_instead_of_swallowing_the_next_row()
    {
        var e = Refused(_dir.Write("open.csv", "name,sector\nok,a\n\"Open org,third-sector\nNext,company\n"));
        e.Where.ShouldBe("open.csv:3");
        e.Message.ShouldContain("closing quote");
    }

    [Fact]
    public void Should_refuse_a_quote_inside_an_unquoted_value_in_italian()
    {
        var e = Refused(_dir.Write("stray.csv", "nome,settore\nCoop \"Alba\",impresa\n"), "it");
        e.Where.ShouldBe("stray.csv:2");
        e.Message.ShouldContain("virgoletta");
    }

    [Fact]
    public void Should_refuse_a_ten_megabyte_cell_quoting_only_a_short_excerpt()
    {
        var e = Refused(_dir.Write("big.csv", "name,sector\n" + new string('A', 10_000_000) + ",x\n"), "es");
        e.Where.ShouldBe("big.csv:2");
        e.Message.Length.ShouldBeLessThan(400);
        e.Message.ShouldContain("10000000");
    }

    [Fact]
    public void Should_refuse_nul_bytes_and_binary_files_naming_the_line()
    {
        Refused(Bytes("nul.csv", Encoding.UTF8.GetBytes("a,b\n1,2\nx\0y,3\n"))).Where.ShouldBe("nul.csv:3");
        var binary = new byte[4096];
        new Random(1).NextBytes(binary);
        binary[0] = 0x01;
        Refused(Bytes("random.bin", binary)).Message.ShouldContain("expected a text table");
    }

    [Fact]
    public void Should_refuse_a_file_cut_off_in_a_character_or_mid_row()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,Città");
        Refused(Bytes("cut.csv", bytes[..^1])).Message.ShouldContain("truncated");
        Refused(_dir.Write("cutrow.csv", "a,b,c\n1,2,3\n4,5")).Where.ShouldBe("cutrow.csv:3");
    }

    [Fact]
    public void Should_refuse_bytes_that_are_neither_utf8_nor_windows_1252()
    {
        var e = Refused(Bytes("x.csv", [.. Encoding.ASCII.GetBytes("a,b\n1,"), 0x81, (byte)'\n']));
        e.Message.ShouldContain("0x81");
        e.Where.ShouldBe("x.csv:2");
    }

    [Fact]
    public void Should_ask_whether_the_separator_is_a_semicolon_when_all_data_is_in_one_column()
    {
        var e = Refused(_dir.Write("one.csv", "name\nA;third-sector;work\nB;company;work\n"));
        e.Message.ShouldContain("all your data is in one column: is the separator ';'?");
        TableReader.Read(_dir.File("one.csv"), "en", new TableReadOptions { Delimiter = ';' }).Rows[0].Cells.Length.ShouldBe(3);
    }

    [Fact]
    public void Should_refuse_empty_files_header_only_files_and_a_column_named_twice()
    {
        Refused(_dir.Write("empty.csv", "")).Message.ShouldContain("empty");
        Refused(_dir.Write("header.csv", "a,b\n")).Message.ShouldContain("no data rows");
        Refused(_dir.Write("twice.csv", "a,b,A\n1,2,3\n")).Message.ShouldContain("twice");
    }

    [Fact]
    public void Should_read_the_first_sheet_of_a_workbook_with_shared_and_inline_strings()
    {
        var path = _dir.File("book.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            void Put(string name, string xml) { using var w = new StreamWriter(zip.CreateEntry(name).Open()); w.Write(xml); }
            Put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Attori\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Put("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>nome</t></si><si><r><t>Città </t></r><r><t>Aperta</t></r></si></sst>");
            Put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>anno</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"C3\"><v>7</v></c><c r=\"B3\"><v>2024</v></c></row></sheetData></worksheet>");
        }
        var table = TableReader.Read(path, "en");
        table.Encoding.ShouldBe("xlsx");
        table.Headers.ShouldBe(["nome", "anno"]);
        table.Rows.Single().Line.ShouldBe(3);
        table.Rows.Single().Cells.ShouldBe(["Città Aperta", "2024", "7"]);
    }

    [Fact]
    public void Should_refuse_a_truncated_workbook()
    {
        var path = _dir.File("book.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var w = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open())) w.Write(new string('x', 5000));
        var bytes = File.ReadAllBytes(path);
        Refused(Bytes("cut.xlsx", bytes[..(bytes.Length / 2)]), "it").Message.ShouldContain("troncata");
    }
}
