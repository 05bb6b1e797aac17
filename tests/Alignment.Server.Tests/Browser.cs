using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;

namespace Alignment.Server.Tests;

/// <summary>
/// Debian's Chromium driven through its chromedriver, headless, with a fresh profile and nothing fetched from the
/// network: the pages as a person sees them. Tests are skipped, saying why, where either program is missing.
/// </summary>
internal sealed class Browser : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";
    private readonly TempFolder profile = new();

    private Browser()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1400,1000",
            $"--user-data-dir={profile.Path}");
        Driver = new ChromeDriver(service, options, TimeSpan.FromMinutes(2));
    }

    public ChromeDriver Driver { get; }

    public static Browser Start()
    {
        if (!File.Exists(Chromium) || !File.Exists(ChromeDriver))
        {
            Assert.Ignore($"The browser tests need Debian's chromium and chromium-driver ({Chromium}, {ChromeDriver}); they are not installed here.");
        }

        return new Browser();
    }

    public void Open(Uri url) => Driver.Navigate().GoToUrl(url);

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyCollection<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    public T WaitUntil<T>(Func<IWebDriver, T> condition, string what)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(60)) { Message = what };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    /// <summary>Waits until the review page shows <paramref name="revision"/> of the review.</summary>
    public void WaitForRevision(int revision) =>
        WaitUntil(d => d.FindElement(By.Id("beads")).GetAttribute("data-revision") == revision.ToString(System.Globalization.CultureInfo.InvariantCulture), $"the page shows revision {revision}");

    public int Revision => int.Parse(Find("#beads").GetAttribute("data-revision") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);

    public string Status => Find("#status").Text;

    /// <summary>Clicks an element after scrolling it to the middle of the window, clear of the sticky header.</summary>
    public void Click(IWebElement element)
    {
        Driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.Click();
    }

    /// <summary>Types keys as a person would, to whatever has the focus.</summary>
    public void Press(string keys) => new Actions(Driver).SendKeys(keys).Perform();

    /// <summary>Saves a screenshot of the window as a test artifact and returns its path.</summary>
    public string Screenshot(string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        TestContext.AddTestAttachment(path, name);
        return path;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        profile.Dispose();
    }
}
