package org.leasekeeper.subnet;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

interface SubnetRepository extends JpaRepository<SubnetEntity, Long> {

    List<SubnetEntity> findByIdGreaterThanOrderById(long afterId, Limit limit);

    List<SubnetEntity> findAllByOrderById();

    /** The subnet, its row locked until the transaction ends: concurrent changes of one subnet run one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SubnetEntity s where s.id = :id")
    Optional<SubnetEntity> findLocked(@Param("id") long id);

    /** Other subnets whose CIDR overlaps the given one, for a message that names them. */
    @Query(value = "select s.id from subnet s where s.cidr && cast(:cidr as cidr) and s.id <> :exceptId order by s.id",
            nativeQuery = true)
    List<Long> findOverlapping(@Param("cidr") String cidr, @Param("exceptId") long exceptId);
}
