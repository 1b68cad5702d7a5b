package dev.cartera.identity;

/** What a failure counter counts: see {@link LoginThrottlePolicy}. */
public enum ThrottleScope {
    /** One client guessing one account's password. */
    ACCOUNT_CLIENT,
    /** One client, whatever the usernames it tries (password spraying). */
    CLIENT,
    /** One account, from whatever clients (a guess spread over many addresses). */
    ACCOUNT
}
