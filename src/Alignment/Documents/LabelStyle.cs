namespace Alignment.Documents;

/// <summary>The numbering system a block label is written in.</summary>
public enum LabelStyle
{
    /// <summary>The block has no label.</summary>
    None,

    /// <summary>Arabic numerals: <c>12.</c></summary>
    Arabic,

    /// <summary>Roman numerals: <c>II.</c></summary>
    Roman,

    /// <summary>Chinese numerals used as section numbers: <c>二.</c>, <c>二、</c></summary>
    ChineseNumeral,

    /// <summary>Upper-case letters used as sub-section labels: <c>A.</c></summary>
    UpperLetter,

    /// <summary>Lower-case letters in parentheses: <c>(a)</c>, <c>- (b)</c></summary>
    LowerLetter,

    /// <summary>Numbers in parentheses: <c>(1)</c>, <c>（一）</c></summary>
    ParenthesizedNumber,

    /// <summary>Articles of a legal text: <c>第3条</c>, <c>Article 3</c></summary>
    Article,

    /// <summary>A footnote marker: <c>¹</c></summary>
    Footnote,

    /// <summary>Lower-case Roman numerals in parentheses, as items under a lettered item: <c>(ii)</c>, <c>㈡</c></summary>
    LowerRoman,

    /// <summary>A part of a document: <c>Part One</c>, <c>PART I</c>, <c>第一部分</c></summary>
    Part,

    /// <summary>A chapter named as such: <c>Chapter I</c>, <c>CHAPTER 1</c>, <c>第一章</c></summary>
    Chapter,

    /// <summary>A section named as such: <c>Section 1</c>, <c>第一节</c></summary>
    Section,
}
