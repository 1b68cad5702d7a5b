package dev.cartera.pethotel;

/**
 * What the register says about a pet, as a client sent it: the birth year is still unchecked (a 4-digit string
 * or a number on the wire). Field names in problems are the register's: {@code nome_pet}, {@code dono},
 * {@code raca}, {@code data_nascimento}.
 */
public record PetDetails(String name, String owner, String breed, Integer birthYear) {
}
