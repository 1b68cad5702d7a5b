package dev.cartera.web.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless through its own chromedriver (no driver download, works offline), with a
 * download folder and explicit waits: on a busy 2-core machine a page may take seconds, and a sleep would be
 * either too short or a waste.
 */
final class Browser implements AutoCloseable {

    static final Dimension LAPTOP = new Dimension(1280, 800);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;

    Browser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            Path root = Path.of(System.getProperty("java.io.tmpdir"));
            profile = Files.createTempDirectory(root, "chromium-profile");
            downloads = Files.createTempDirectory(root, "chromium-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=es", "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "es");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .withEnvironment(Map.of("SE_OFFLINE", "true")).build();
        driver = new ChromeDriver(service, options);
        // headless Chromium drops downloads unless told where to put them
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        driver.manage().window().setSize(LAPTOP);
    }

    /** Signs in through the form as a person does, from a browser with no cookies, and waits for the menu. */
    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/admin/login");
        waitFor(By.id("signin:username")).sendKeys(username);
        driver.findElement(By.id("signin:password")).sendKeys(password, Keys.ENTER);
        waitFor(By.id("menu:nav"));
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        new WebDriverWait(driver, PATIENCE).until(page -> {
            try {
                return page.findElement(by).getText().contains(text);
            } catch (NoSuchElementException | StaleElementReferenceException replaced) {
                return false;
            } catch (WebDriverException e) {
                // Chrome's word for an element an Ajax update replaced between finding and reading it
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** An element's text, read again if a poll or an Ajax update replaces the element while it is read. */
    String textOf(By by) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElement(by).getText());
    }

    /** Waits until one of the elements holds its text; the index of the first that does. */
    int waitForEither(By first, String firstText, By second, String secondText) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(page -> {
            if (!page.findElements(first).isEmpty() && page.findElement(first).getText().contains(firstText)) {
                return 0;
            }
            if (!page.findElements(second).isEmpty() && page.findElement(second).getText().contains(secondText)) {
                return 1;
            }
            return null;
        });
    }

    /** Waits until the element has the keyboard focus: a page gives it by script once the document is ready. */
    void waitForFocus(By by, String why) {
        new WebDriverWait(driver, PATIENCE).withMessage(why)
                .until(page -> page.findElement(by).equals(page.switchTo().activeElement()));
    }

    void waitUntilGone(By by) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    void waitForUrlContaining(String part) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlContains(part));
    }

    /** Waits for a finished download (Chromium writes .crdownload until it is complete). */
    Path waitForDownload(String suffix) {
        return new WebDriverWait(driver, PATIENCE).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** A screenshot for review under target/screenshots/, at the laptop size and, with phone, at a phone's too. */
    void screenshot(String name, boolean phone) {
        save(name);
        if (phone) {
            driver.manage().window().setSize(PHONE);
            save(name + "-phone");
            driver.manage().window().setSize(LAPTOP);
        }
    }

    private void save(String name) {
        try {
            Path dir = Path.of(System.getProperty("cartera.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
