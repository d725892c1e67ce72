package org.microdegree.catalog.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a learner pays, as the provider states it: an amount in an ISO 4217 currency ({@code 450 EUR},
 * {@code GBP 1,200}, {@code € 95}), or {@code free}. EU Annex I lists the price among the optional elements.
 */
public record Fee(BigDecimal amount, Currency currency) {

    private static final Pattern AMOUNT_FIRST = Pattern.compile("(\\d[\\d,.]*)\\s*([A-Za-z]{3}|[€£$])");
    private static final Pattern CURRENCY_FIRST = Pattern.compile("([A-Za-z]{3}|[€£$])\\s*(\\d[\\d,.]*)");

    public Fee {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a fee cannot be negative");
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    public static Fee free() {
        return new Fee(BigDecimal.ZERO, Currency.getInstance("EUR"));
    }

    public boolean isFree() {
        return amount.signum() == 0;
    }

    public static Fee parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("free") || t.equalsIgnoreCase("kostenlos") || t.equalsIgnoreCase("kostenfrei")) {
            return free();
        }
        Matcher m = AMOUNT_FIRST.matcher(t);
        String amount;
        String currency;
        if (m.matches()) {
            amount = m.group(1);
            currency = m.group(2);
        } else if ((m = CURRENCY_FIRST.matcher(t)).matches()) {
            currency = m.group(1);
            amount = m.group(2);
        } else {
            throw new IllegalArgumentException("'" + text + "' is not a fee: write an amount and an ISO 4217 currency (450 EUR, GBP 1200) or 'free'");
        }
        return new Fee(amount(amount, text), currency(currency));
    }

    /** Thousands separators are dropped: "1,200" and "1.200" are 1200; "99.50" keeps its cents. */
    private static BigDecimal amount(String digits, String text) {
        String plain = digits.matches("\\d{1,3}([,.]\\d{3})+") ? digits.replaceAll("[,.]", "") : digits.replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a fee: the amount '" + digits + "' is not a number");
        }
    }

    private static Currency currency(String code) {
        String iso = switch (code) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "$" -> "USD";
            default -> code.toUpperCase(Locale.ROOT);
        };
        try {
            return Currency.getInstance(iso);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code such as EUR, GBP or CHF");
        }
    }

    @Override
    public String toString() {
        return isFree() ? "free" : amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
